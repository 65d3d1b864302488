import { Center, Loader, Stack, Text, Title } from '@mantine/core';
import { Navigate, Route, Routes } from 'react-router';
import { SignInPage } from '../session/sign-in-page';
import { useSession } from '../session/session-context';
import { AppLayout } from '../shell/app-layout';
import { ProblemAlert } from '../ui/query-view';
import { homeOf, SCREENS_BY_ROLE } from './role-screens';

/** Signed out: the sign-in page. Signed in: the role's screens and nothing else. */
export function App() {
  const { session, loading, error } = useSession();
  if (loading)
    return (
      <Center mih="100vh" role="status" aria-label="Loading">
        <Loader />
      </Center>
    );
  if (error)
    return (
      <Center mih="100vh" p="md">
        <ProblemAlert error={error} title="Infuse is not reachable" />
      </Center>
    );
  if (!session)
    return (
      <Routes>
        <Route path="*" element={<SignInPage />} />
      </Routes>
    );
  const screens = SCREENS_BY_ROLE[session.role];
  const home = homeOf(session.role);
  return (
    <AppLayout screens={screens}>
      <Routes>
        {screens.map((screen) => (
          <Route key={screen.path} path={screen.path} element={screen.element} />
        ))}
        <Route path="/" element={home ? <Navigate to={home} replace /> : <NothingHere />} />
        <Route path="*" element={<NothingHere />} />
      </Routes>
    </AppLayout>
  );
}

function NothingHere() {
  return (
    <Stack>
      <Title order={2}>Not available</Title>
      <Text>This page does not exist, or your role does not use it.</Text>
    </Stack>
  );
}
