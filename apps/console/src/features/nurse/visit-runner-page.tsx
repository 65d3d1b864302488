import { Anchor, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { QueryView } from '../../ui/query-view';
import { NurseFrame } from './nurse-frame';
import { VisitRunner } from './runner/visit-runner';
import { visitKeys, visitsApi } from './visits.api';

/** /visits/:id: one visit, run from the home. */
export function VisitRunnerPage() {
  const { id = '' } = useParams();
  const visit = useQuery({
    queryKey: visitKeys.one(id),
    queryFn: () => visitsApi.one(id),
    // Asked even offline: the service worker answers with the last copy it kept.
    networkMode: 'offlineFirst',
  });
  return (
    <NurseFrame>
      <Stack gap="sm">
        <Anchor component={Link} to="/visits" c="blue.8">
          ← Today&apos;s visits
        </Anchor>
        <QueryView query={visit} label="the visit">
          {(view) => (
            <VisitRunner
              visit={view}
              readAt={visit.dataUpdatedAt}
              onRefresh={() => void visit.refetch()}
              refreshing={visit.isFetching}
            />
          )}
        </QueryView>
      </Stack>
    </NurseFrame>
  );
}
