import { Anchor, Button, Card, Center, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { ProblemError } from '../api/problem';
import { ProblemAlert, QueryView } from '../ui/query-view';
import { ROLE_LABELS, sessionApi, type DevelopmentUser } from './session';
import { useSession } from './session-context';

/**
 * In development and test, the gateway lists its development users and signs in as one; in
 * production it has none (404) and signing in goes through the identity provider.
 */
export function SignInPage() {
  const users = useQuery({
    queryKey: ['development-users'],
    queryFn: async () => {
      try {
        return await sessionApi.developmentUsers();
      } catch (error) {
        if (error instanceof ProblemError && error.status === 404) return null;
        throw error;
      }
    },
    retry: false,
  });
  return (
    <Center mih="100vh" p="md" component="main">
      <Card withBorder shadow="sm" padding="lg" w={440} maw="100%">
        <Stack>
          <Title order={1} size="h2">
            Sign in to Infuse
          </Title>
          <QueryView query={users} label="sign-in options">
            {(list) => (list ? <DevelopmentSignIn users={list} /> : <IdentityProviderSignIn />)}
          </QueryView>
        </Stack>
      </Card>
    </Center>
  );
}

function IdentityProviderSignIn() {
  return (
    <Button component="a" href="/auth/sign-in">
      Sign in with your organisation
    </Button>
  );
}

function DevelopmentSignIn({ users }: { users: DevelopmentUser[] }) {
  const { refresh } = useSession();
  const signIn = useMutation({
    mutationFn: sessionApi.signInAs,
    onSuccess: refresh,
  });
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        Development users. Each signs in with a development token held by the gateway.
      </Text>
      {signIn.isError && <ProblemAlert error={signIn.error} title="Could not sign in" />}
      <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {users.map((user) => (
          <li key={user.subject}>
            <Button
              fullWidth
              variant="light"
              justify="space-between"
              loading={signIn.isPending && signIn.variables === user.subject}
              onClick={() => signIn.mutate(user.subject)}
              rightSection={<Text size="xs">{user.subject}</Text>}
            >
              {user.displayName} · {ROLE_LABELS[user.role]}
              {user.payerId ? ` (${user.payerId})` : ''}
            </Button>
          </li>
        ))}
      </Stack>
      <Group justify="flex-end">
        <Anchor size="xs" href="/auth/sign-in">
          Use the identity provider instead
        </Anchor>
      </Group>
    </Stack>
  );
}
