import { coordinatorCompletesReferral } from './journeys/coordinator-completes-referral';
import { coordinatorSchedulesVisit } from './journeys/coordinator-schedules-visit';
import { nurseRunsVisit } from './journeys/nurse-runs-visit';
import { payerApproves } from './journeys/payer-approves';
import { pharmacistsDispense } from './journeys/pharmacists-dispense';
import { roleSeparation } from './journeys/role-separation';
import { signingIn } from './journeys/signing-in';
import { useConsoleWorld } from './support/console-world';

// The console in Chromium against the real stack: the six services and the gateway as processes
// on PostgreSQL, Redis and the broker, the gateway serving the console's build. Each journey is
// a person's work through the screens, starting where the work before it (done over the APIs)
// left it; one stack and one browser serve them all.

const world = useConsoleWorld();

signingIn(world);
roleSeparation(world);
coordinatorCompletesReferral(world);
payerApproves(world);
pharmacistsDispense(world);
nurseRunsVisit(world);
coordinatorSchedulesVisit(world);
