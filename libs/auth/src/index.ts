export { ROLES, isRole, type Role } from './roles';
export { type Principal } from './principal';
export {
  Public,
  Roles,
  CallableBy,
  CurrentPrincipal,
  type AuthenticatedRequest,
} from './route-access.decorators';
export { mayActForNurse, mayActForPayer } from './object-scope';
export { JwtVerifier } from './jwt/jwt-verifier';
export { InvalidTokenError } from './jwt/invalid-token.error';
export { signDevelopmentToken, type DevelopmentTokenRequest } from './jwt/development-token';
export { AuditWriter, type AuditEntry, type AuditedBy } from './audit/audit-writer';
export { AuditEntryRecord, type AuditOutcome } from './audit/audit-entry.orm-entity';
export { CreateAuditLog1764115200000 } from './audit/create-audit-log.migration';
export { Audited, type AuditedRoute } from './audit/audited.decorator';
export { AuthModule } from './auth.module';
export { AuditModule } from './audit/audit.module';
export { type InfuseRequest } from './request-context';
export { type TokenSource } from './service-identity/token-source';
export { serviceTokenSource } from './service-identity/service-token-source';
export { ServiceTokenError } from './service-identity/client-credentials-token';
export {
  ServiceIdentityModule,
  SERVICE_TOKEN_SOURCE,
} from './service-identity/service-identity.module';
