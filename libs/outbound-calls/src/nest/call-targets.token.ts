/** Nest injection token of the app's CallTargets: `@Inject(CALL_TARGETS) targets: CallTargets`. */
export const CALL_TARGETS = Symbol('call-targets');
