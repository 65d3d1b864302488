import {
  AppShell,
  Burger,
  Button,
  Center,
  Group,
  Loader,
  NavLink,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure, useNetwork } from '@mantine/hooks';
import { Suspense, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import type { Screen } from '../app/screen';
import { ROLE_LABELS } from '../session/session';
import { useSession, useSignedIn } from '../session/session-context';
import { activeNavPath } from './active-nav-path';

/** The frame of every signed-in screen: who is signed in, the role's navigation, the page. */
export function AppLayout({ screens, children }: { screens: Screen[]; children: ReactNode }) {
  const session = useSignedIn();
  const { signOut, offline } = useSession();
  // Signing out must reach the gateway, which holds the session: offline it would only seem to.
  const canSignOut = useNetwork().online && !offline;
  const [opened, { toggle, close }] = useDisclosure();
  const navigable = screens.filter((screen) => screen.navLabel);
  const active = activeNavPath(
    useLocation().pathname,
    navigable.map((screen) => screen.path),
  );
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
            <Button
              variant="default"
              size="xs"
              disabled={!canSignOut}
              title={canSignOut ? undefined : 'Signing out needs the connection'}
              onClick={() => void signOut()}
            >
              Sign out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main">
        {navigable.map((screen) => (
          <NavLink
            key={screen.path}
            component={Link}
            to={screen.path}
            label={screen.navLabel}
            active={screen.path === active}
            aria-current={screen.path === active ? 'page' : undefined}
            onClick={close}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Suspense
          fallback={
            <Center mih={200} role="status" aria-label="Loading">
              <Loader />
            </Center>
          }
        >
          {children}
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
