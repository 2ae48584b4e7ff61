import type { OperationInfo } from "./operations.js";
export declare const SCOPES: readonly ["account_communications", "account_credits_history", "account_escort_bookings", "account_information", "account_phonechat_bookings", "account_webcam_bookings", "profile_blacklist", "profile_gallery", "profile_hotlist", "profile_services"];
export declare const operationScopeIndexes: Readonly<Record<string, readonly number[]>>;
export declare const operationScopeFlags: Readonly<Record<string, NonNullable<OperationInfo["scopeFlags"]>>>;
//# sourceMappingURL=operation-scopes.d.ts.map