// The headless core: no Lit, no elements, no side effects.
export {
  DEFAULT_BASE_URL,
  endpointsFor,
  type ContractOptions,
  type ContractStep,
  type CredentialJSON,
  type Endpoints,
  type HttpContractOptions,
  type OptionsRequest,
  type PasskeyBackend,
} from './contract.js';
export { backendFor, httpBackend } from './http-backend.js';
export { CeremonyCoordinator, pageCoordinator, type AutofillHandle, type AutofillRun, type HeldOptions } from './coordinator.js';
export { PasskeyError, toPasskeyError, type Ceremony, type PasskeyErrorCode } from './errors.js';
export { login, startAutofill, type AutofillCallbacks, type LoginOptions, type LoginResult } from './login.js';
export { requestJson, type JsonRequest } from './request-json.js';
export { register, type CeremonyResult, type RegisterOptions } from './register.js';
export { addPasskey, type AddPasskeyOptions } from './add-passkey.js';
export { credentialsUrlFor, deletePasskey, listPasskeys, readPasskey, renamePasskey, type ManageOptions, type Passkey } from './passkeys.js';
export {
  signalAllAcceptedCredentials,
  signalCurrentUserDetails,
  signalUnknownCredential,
  type AllAcceptedCredentialsSignal,
  type CurrentUserDetailsSignal,
  type UnknownCredentialSignal,
} from './signals.js';
export { readCreationOptions, readRequestOptions, readVerifyReply } from './replies.js';
export { clientCapabilities, detectSupport, supportsWebAuthn, type PasskeySupport } from './support.js';
export { withHints, type HintOptions, type PasskeyHint } from './hints.js';
export { loginImmediately } from './immediate.js';
export { upgrade, type UpgradeOptions, type UpgradeResult } from './upgrade.js';
