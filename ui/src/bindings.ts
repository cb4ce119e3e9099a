// Generated from the Rust types by `cargo test -p concord-app --test bindings`. Do not edit.
export type AppInfo = { 
/**
 * `en` or `zh-CN`.
 */
locale: string, hasDialogue: boolean, dataPath: string, version: string, };
export type ApiError = { code: string, message: string, fields: Array<FieldMessage>, };
export type FieldMessage = { 
/**
 * Path of the field, e.g. `focalPoint.email`.
 */
field: string, message: string, };
export type Dialogue = { 
/**
 * 0 for a dialogue not yet saved.
 */
id: number, cityZh: string, cityEn: string, economy: string, partnerCityZh: string, partnerCityEn: string, focalPoint: FocalPoint, highLevelRep: HighLevelRepresentative, rule: DecisionRule, };
export type FocalPoint = { familyName: string, firstName: string, title: string, administration: string, economy: string, postalAddress: string, email: string, mobile: string, fax: string, assistantName: string, assistantEmail: string, };
export type HighLevelRepresentative = { name: string, title: string, };
export type DecisionRule = { 
/**
 * Share of voting members who must be present, in percent.
 */
quorumPercent: number, kind: RuleKind, allowedObjections: number, supermajorityNum: number, supermajorityDen: number, 
/**
 * Failed rounds after which consensus has persistently failed.
 */
maxFailedRounds: number, 
/**
 * Positions are counted, not named.
 */
anonymous: boolean, };
export type RuleKind = "unanimity" | "consensusMinus" | "supermajority" | "simpleMajority";
