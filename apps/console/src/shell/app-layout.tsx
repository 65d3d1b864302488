import { AppShell, Burger, Button, Group, NavLink, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { NavLink as RouterNavLink } from 'react-router';
import type { Screen } from '../app/screen';
import { ROLE_LABELS } from '../session/session';
import { useSession, useSignedIn } from '../session/session-context';

/** The frame of every signed-in screen: who is signed in, the role's navigation, the page. */
export function AppLayout({ screens, children }: { screens: Screen[]; children: ReactNode }) {
  const session = useSignedIn();
  const { signOut } = useSession();
  const [opened, { toggle, close }] = useDisclosure();
  const navigable = screens.filter((screen) => screen.navLabel);
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 230, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? 'Close navigation' : 'Open navigation'}
            />
            <Title order={1} size="h4">
              Infuse
            </Title>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Text size="sm" visibleFrom="xs">
              {session.displayName} · {ROLE_LABELS[session.role]}
              {session.payerId ? ` · ${session.payerId}` : ''}
            </Text>
            <Button variant="default" size="xs" onClick={() => void signOut()}>
              Sign out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main">
        {navigable.map((screen) => (
          <NavLink
            key={screen.path}
            component={RouterNavLink}
            to={screen.path}
            label={screen.navLabel}
            onClick={close}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        {children}
      </AppShell.Main>
    </AppShell>
  );
}
