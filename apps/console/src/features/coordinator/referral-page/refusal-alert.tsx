import { Alert, List, Text } from '@mantine/core';
import { ProblemError } from '../../../api/problem';
import { ProblemAlert } from '../../../ui/query-view';

/**
 * Why a change was refused: a 400's problems are beside their fields, and those no field shows
 * are listed here; any other refusal in plain words.
 */
export function RefusalAlert({
  error,
  unplaced,
  title,
}: {
  error: unknown;
  unplaced: string[];
  title: string;
}) {
  if (!(error instanceof ProblemError && error.status === 400))
    return <ProblemAlert error={error} title={title} />;
  return (
    <Alert color="red" title={title} role="alert">
      <Text size="sm">
        {unplaced.length === 0
          ? 'Each problem is marked beside its field.'
          : 'These need attention:'}
      </Text>
      {unplaced.length > 0 && (
        <List size="sm">
          {unplaced.map((problem) => (
            <List.Item key={problem}>{problem}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
