// Generated from the Rust types by `cargo test -p concord-app --test bindings`. Do not edit.
export type AppInfo = { 
/**
 * `en` or `zh-CN`.
 */
locale: string, hasDialogue: boolean, 
/**
 * True while the demo's own database is open (the person's dialogue is untouched).
 */
demo: boolean, dataPath: string, version: string, };
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
export type FocalPoint = { familyNameZh: string, firstNameZh: string, familyNameEn: string, firstNameEn: string, titleZh: string, titleEn: string, administrationZh: string, administrationEn: string, economy: string, postalAddressZh: string, postalAddressEn: string, email: string, mobile: string, fax: string, assistantNameZh: string, assistantNameEn: string, assistantEmail: string, };
export type HighLevelRepresentative = { nameZh: string, nameEn: string, titleZh: string, titleEn: string, };
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
export type Sector = "local-authority" | "civil-society" | "public-company" | "private-company" | "investor" | "research" | "education" | "citizen";
export type HelixGroup = "government" | "industry" | "academia" | "civil-society";
export type Role = "voting-member" | "observer" | "expert";
export type DisadvantagedGroup = "women" | "youth" | "elderly" | "disabilities" | "migrants" | "low-income" | "ethnic-minorities" | "other";
export type Status = "active" | "invited" | "withdrawn";
export type Stakeholder = { id: number, nameZh: string, nameEn: string, organisationZh: string, organisationEn: string, sector: Sector, helix: HelixGroup, role: Role, 
/**
 * Disadvantaged groups represented, in `DisadvantagedGroup::ALL` order, without repeats.
 */
groups: Array<DisadvantagedGroup>, 
/**
 * What "other" means, when `groups` holds `Other`.
 */
otherGroup: string, email: string, mobile: string, 
/**
 * The day they agreed that their data is kept, and which notice they agreed to.
 */
consentDate: string | null, consentNotice: string, status: Status, note: string, 
/**
 * Set when their personal data was erased on request; the record stays as a pseudonym.
 */
erasedOn: string | null, };
export type StakeholderDraft = { id: number, nameZh: string, nameEn: string, organisationZh: string, organisationEn: string, sector: Sector | null, 
/**
 * Left empty, the sector's usual group is taken.
 */
helix: HelixGroup | null, role: Role, groups: Array<DisadvantagedGroup>, otherGroup: string, email: string, mobile: string, consentDate: string | null, consentNotice: string, status: Status, note: string, };
export type StakeholderQuery = { text: string, sector: Sector | null, helix: HelixGroup | null, group: DisadvantagedGroup | null, role: Role | null, status: Status | null, sort: StakeholderSort, };
export type StakeholderSort = "name" | "organisation" | "sector" | "recent";
export type Inclusiveness = { 
/**
 * People counted: everyone not withdrawn.
 */
total: number, votingMembers: number, 
/**
 * `counts[sector][helix]`, in `Sector::ALL` × `HelixGroup::ALL` order.
 */
counts: Array<Array<number>>, sectorTotals: Array<number>, helixTotals: Array<number>, 
/**
 * The Pact's groups (sectors) with nobody yet.
 */
missingSectors: Array<Sector>, missingHelix: Array<HelixGroup>, 
/**
 * Disadvantaged groups (other than "other") that nobody represents.
 */
missingGroups: Array<DisadvantagedGroup>, groups: Array<GroupCount>, 
/**
 * Voting members and their share of the votes, per triple-helix group.
 */
helixVotes: Array<VoteShare>, 
/**
 * A helix group holding more than half of the votes, if any.
 */
dominantHelix: HelixGroup | null, };
export type GroupCount = { group: DisadvantagedGroup, people: number, voting: number, };
export type VoteShare = { helix: HelixGroup, voting: number, 
/**
 * Percent of all voting members, 0–100, rounded to one decimal.
 */
percent: number, };
export type DuplicateChoice = "ask" | "skip" | "update";
export type ImportPreview = { encoding: string, totalRows: number, add: number, update: number, skip: number, duplicates: number, errorCount: number, 
/**
 * Problems with the file as a whole, in the user's language.
 */
fileErrors: Array<string>, 
/**
 * Headers of columns Concord does not use.
 */
ignoredColumns: Array<string>, rows: Array<PreviewRow>, };
export type PreviewRow = { row: number, 
/**
 * `add`, `update`, `skip` or `invalid`.
 */
action: string, name: string, organisation: string, email: string, 
/**
 * The register's name of the person this row duplicates.
 */
duplicateOf: string | null, 
/**
 * Every problem of the row, with its column, in the user's language.
 */
problems: Array<string>, };
export type ImportOutcome = { added: number, updated: number, };
export type DocumentStyle = "modern" | "official";
export type BackupItem = { fileName: string, 
/**
 * Local time, `2026-11-23 09:30`.
 */
created: string, 
/**
 * `manual`, `daily`, `meeting-closed`, `before-restore`, `before-import`.
 */
reason: string, kilobytes: number, };
export type SafetyStatus = { 
/**
 * Set when the database could not be opened: the localized reason.
 */
recovery: string | null, dataPath: string, keep: number, backups: Array<BackupItem>, };
export type BackupSummary = { fileName: string, city: string, stakeholders: number, meetings: number, auditEntries: number, lastChange: string | null, };
export type AuditItem = { seq: number, at: string, actor: string, table: string, key: string, op: string, before: string | null, after: string | null, };
export type AuditCheck = { intact: boolean, entries: number, head: string, 
/**
 * The localized verdict.
 */
message: string, };
export type MeetingKind = "plenary" | "working-group";
export type MeetingState = "planned" | "opened" | "closed" | "approved";
export type Meeting = { id: number, kind: MeetingKind, titleZh: string, titleEn: string, startsAt: string, placeZh: string, placeEn: string, chair: string, secretary: string, 
/**
 * The high-level representative who opens and closes a plenary.
 */
representativeName: string, representativeTitle: string, state: MeetingState, 
/**
 * Who opened the meeting and when (the high-level representative for a plenary).
 */
openedBy: string, openedAt: string | null, closedBy: string, closedAt: string | null, 
/**
 * The focal point who approved the minutes, and when; from then on they are frozen.
 */
approvedBy: string, approvedAt: string | null, };
export type AgendaItem = { id: number, position: number, titleZh: string, titleEn: string, presenter: string, plannedMinutes: number, notesZh: string, notesEn: string, };
export type Attendance = { stakeholderId: number, present: boolean, arrivedAt: string | null, leftAt: string | null, 
/**
 * The absent member whose proxy this person holds.
 */
proxyFor: number | null, };
export type Quorum = { 
/**
 * Voting members in the room.
 */
present: number, 
/**
 * Absent voting members represented by a proxy held by someone in the room.
 */
byProxy: number, 
/**
 * Voting members of the dialogue.
 */
members: number, quorumPercent: number, 
/**
 * Voting members (present or represented) the quorum needs.
 */
needed: number, reached: boolean, };
export type Decision = { id: number, agendaItemId: number | null, textZh: string, textEn: string, basis: DecisionBasis, 
/**
 * The consensus question that settled it, if one did.
 */
questionId: number | null, };
export type DecisionBasis = "consensus" | "majority" | "casting-vote" | "focal-point" | "noted";
export type ActionItem = { id: number, agendaItemId: number | null, whatZh: string, whatEn: string, 
/**
 * Who does it, from the register.
 */
ownerId: number | null, due: string | null, status: ActionStatus, };
export type ActionStatus = "open" | "done" | "dropped";
export type Addendum = { id: number, 
/**
 * Numbered from 1 within the meeting.
 */
number: number, 
/**
 * The part of the minutes corrected, e.g. "Agenda item 3, notes" (in either language).
 */
corrects: string, textZh: string, textEn: string, by: string, at: string, };
export type MeetingView = { meeting: Meeting, agenda: Array<AgendaItem>, attendance: Array<Attendance>, decisions: Array<Decision>, actionItems: Array<ActionItem>, addenda: Array<Addendum>, quorum: Quorum, 
/**
 * Open action items of earlier meetings, for the first agenda item.
 */
carried: Array<CarriedActionView>, };
export type CarriedActionView = { meetingId: number, meetingTitleZh: string, meetingTitleEn: string, item: ActionItem, };
export type MeetingSummary = { meeting: Meeting, agendaItems: number, present: number, };
export type AgendaDraft = { titleZh: string, titleEn: string, presenter: string, plannedMinutes: number, };
export type ExportLanguage = "en" | "zh-CN" | "bilingual";
export type ExportResult = { path: string, pages: number, kilobytes: number, };
export type ProjectorView = { meetingId: number | null, agendaItemId: number | null, questionId: number | null, 
/**
 * `en`, `zh-CN`, or `bilingual`.
 */
language: string, 
/**
 * A paragraph of the Vision under discussion, shown instead of the meeting.
 */
vision?: VisionProjection, 
/**
 * The scorecard essential being scored, shown instead of the meeting.
 */
scorecard?: ScorecardProjection, };
export type VisionProjection = { version: number, paragraphKey: number, amendmentId: number | null, };
export type ScorecardProjection = { essential: number, };
export type Position = "consent" | "standAside" | "object";
export type PositionCounts = { consent: number, standAside: number, object: number, };
export type RoundVerdict = "adopted" | "notAdopted" | "tie" | "noQuorum";
export type RoundResult = { counts: PositionCounts, 
/**
 * Voting members present (never fewer than the positions taken).
 */
present: number, 
/**
 * Voting members of the dialogue.
 */
total: number, 
/**
 * Voting members who must be present for the round to count.
 */
quorumRequired: number, hasQuorum: boolean, 
/**
 * Members present who have taken no position.
 */
missing: number, verdict: RoundVerdict, 
/**
 * Adopted, but stand-asides are more than a third of the positions taken.
 */
weak: boolean, 
/**
 * How many members present must still consent, by taking a first position or changing
 * theirs, for the round to adopt once every member present holds a position; the least
 * that adopts. `None` when nobody is present.
 */
consentsNeeded: number | null, 
/**
 * Objections beyond those the rule allows (consensus rules only; 0 otherwise): as many
 * objectors must withdraw.
 */
blockingObjections: number, 
/**
 * Objections the rule tolerates (consensus rules); `None` under majority rules.
 */
objectionsAllowed: number | null, };
export type PositionRecord = { stakeholderId: number, position: Position, recordedAt: string, };
export type Round = { id: number, number: number, 
/**
 * The amended text put to this round; empty when the question's text stands.
 */
textZh: string, textEn: string, openedAt: string, closedAt: string | null, positions: Array<PositionRecord>, result: RoundResult, };
export type Outcome = { "how": "consensus", weak: boolean, } | { "how": "majority", weak: boolean, } | { "how": "castingVote", adopt: boolean, } | { "how": "focalPointDecision", adopt: boolean, rationale: string, } | { "how": "rejected" } | { "how": "noQuorum" };
export type Offers = { 
/**
 * Open a (further) round, possibly with amended text.
 */
nextRound: boolean, 
/**
 * Record positions in, and close, the round that is open.
 */
recordPositions: boolean, 
/**
 * The focal point's casting vote: only on an exact tie under a majority rule.
 */
castingVote: boolean, 
/**
 * The focal point's decision: only once consensus has persistently failed.
 */
focalPointDecision: boolean, 
/**
 * The rule may still be overridden: no round has been opened yet.
 */
changeRule: boolean, 
/**
 * Put the question again with a revised text, as a new question linked to this one: only
 * once it was settled without being adopted.
 */
askAgain: boolean, };
export type QuestionState = { 
/**
 * Settled: no further rounds or decisions.
 */
decided: boolean, 
/**
 * How it was settled; while undecided, `NoQuorum` if the last round lacked quorum.
 */
outcome: Outcome | null, 
/**
 * Rounds with quorum that failed under a consensus rule.
 */
failedRounds: number, maxFailedRounds: number, 
/**
 * Consensus has failed the configured number of times.
 */
persistentFailure: boolean, roundOpen: boolean, offers: Offers, };
export type SubjectKind = "visionVersion" | "targetSet" | "measure" | "visionAmendment";
export type Subject = { kind: SubjectKind, id: number, };
export type Question = { 
/**
 * 0 for a question not yet saved.
 */
id: number, meetingId: number, agendaItemId: number | null, textZh: string, textEn: string, subject: Subject | null, 
/**
 * Replaces the dialogue's rule for this question; fixed once the first round opens.
 */
ruleOverride: DecisionRule | null, };
export type FocalPointDecision = { adopt: boolean, 
/**
 * Why; mandatory, recorded in the minutes as written.
 */
rationale: string, };
export type QuestionLink = { id: number, number: number, };
export type QuestionRecord = { question: Question, 
/**
 * Its number within the meeting, from 1.
 */
number: number, 
/**
 * The rule in force: fixed when the first round opened, else the override or the
 * dialogue's rule as it is now.
 */
rule: DecisionRule, createdAt: string, rounds: Array<Round>, castingVote: boolean | null, focalPoint: FocalPointDecision | null, decidedAt: string | null, state: QuestionState, 
/**
 * The question of the same meeting that this one asks again with a revised text.
 */
askedAgainFrom: QuestionLink | null, 
/**
 * The question that asked this one again, once it was not adopted.
 */
askedAgainAs: QuestionLink | null, };
export type QuestionAmendment = { id: number, 
/**
 * The version it amends.
 */
version: number, 
/**
 * The paragraph's section, in the window's language, and its place there, from 1.
 */
section: string, paragraph: number, proposedBy: string, reason: string, 
/**
 * Still to be settled: the question is about it, and its outcome will settle it.
 */
pending: boolean, accepted: boolean, diffZh: Array<SpanView>, diffEn: Array<SpanView>, };
export type QuestionVision = { 
/**
 * The version the question adopted, or was asked to adopt.
 */
version: number | null, 
/**
 * Whether it adopted that version.
 */
adopted: boolean, amendments: Array<QuestionAmendment>, };
export type SubjectOption = { subject: Subject, 
/**
 * `Adopt version 4 of the Vision`, `Amendment 7 by … to version 3, section “…”, paragraph 2`.
 */
label: string, 
/**
 * The question's words for it, in both languages, offered until the person types their own.
 */
textZh: string, textEn: string, };
export type DeclarationKind = "membership" | "custom";
export type BilingualParagraph = { zh: string, en: string, 
/**
 * Printed as an item of a list (a pledge, a benefit).
 */
bullet: boolean, };
export type DeclarationSection = { headingZh: string, headingEn: string, numbered: boolean, paragraphs: Array<BilingualParagraph>, };
export type DeclarationSigner = { 
/**
 * Stable key of the role (`focal-point`, `high-level-rep`, …); unique in a declaration.
 */
role: string, name: string, title: string, };
export type Declaration = { 
/**
 * 0 for a declaration not yet saved.
 */
id: number, kind: DeclarationKind, titleZh: string, titleEn: string, 
/**
 * The body of a custom declaration; empty for the membership declaration, whose text is fixed.
 */
sections: Array<DeclarationSection>, 
/**
 * In signing order: each signs once everyone before has signed.
 */
signers: Array<DeclarationSigner>, placeZh: string, placeEn: string, date: string | null, };
export type DeclarationTemplate = "circular-economy";
export type DrawnSignature = { strokes: Array<Array<[number, number]>>, };
export type DeclarationView = { declaration: Declaration, 
/**
 * In the order they were drawn.
 */
signatures: Array<SignatureView>, 
/**
 * Role key of the signer whose turn it is; `null` once everyone has signed.
 */
nextSigner: string | null, 
/**
 * The membership form's problems; their `field` is the dialogue form's path.
 */
formProblems: Array<FormProblem>, };
export type SignatureView = { role: string, name: string, signature: DrawnSignature, 
/**
 * Local time, `YYYY-MM-DDTHH:MM:SS`.
 */
signedAt: string, };
export type FormProblem = { 
/**
 * Path in the dialogue form, e.g. `focalPoint.fax`.
 */
field: string, 
/**
 * The field's label on the form, in the interface language.
 */
label: string, message: string, 
/**
 * Fluent ids of the label and the problem, so the window says them in whichever
 * language it switches to.
 */
labelId: string, problem: string, };
export type DeclarationPreview = { 
/**
 * BCP 47 tag of the document's main language.
 */
lang: string, header: string, title: string, subtitle: string, blocks: Array<PreviewBlock>, };
export type PreviewBlock = { "kind": "heading", level: number, text: string, secondary: string | null, } | { "kind": "paragraph", text: string, 
/**
 * The second language of a pair, smaller and grey.
 */
secondary: boolean, 
/**
 * `left`, `center`, `right` or `justify`.
 */
align: string, } | { "kind": "fields", rows: Array<PreviewField>, } | { "kind": "table", columns: Array<string>, rows: Array<Array<string>>, } | { "kind": "signatures", signers: Array<PreviewSigner>, } | { "kind": "break" };
export type PreviewField = { label: string, value: string, };
export type PreviewSigner = { caption: string, name: string, title: string, 
/**
 * The drawn signature placed on the line, if there is one.
 */
strokes: Array<Array<[number, number]>> | null, };
export type DigitalSigner = "focal-point" | "representative";
export type CityCertificate = { 
/**
 * SHA-256 of the certificate, `AB:CD:…`.
 */
fingerprint: string, pem: string, };
export type CertificateExport = { path: string, fingerprint: string, };
export type GridRow = { variable: string, kind: string, year: string, value: string, unit: string, driver: string, source: string, };
export type CellProblem = { row: number, column: string, message: string, };
export type MilestoneTable = { years: Array<number>, rows: Array<MilestoneRow>, };
export type MilestoneRow = { key: string, label: string, unit: string, 
/**
 * One per year; `—` where the series does not reach it.
 */
values: Array<string>, };
export type GoalRow = { key: string, label: string, year: number, goal: string, projected: string, 
/**
 * Projected against the goal, in per cent of the goal (`+12.3 %`).
 */
distance: string, verdict: string, 
/**
 * `None` when the projection does not reach the goal's year.
 */
met: boolean | null, };
export type ScenarioItem = { name: string, isBau: boolean, illustrative: boolean, 
/**
 * The question that adopted it; an adopted scenario is frozen.
 */
adoptedByQuestion: number | null, };
export type BauStage = { scenarios: Array<ScenarioItem>, scenario: ScenarioItem | null, rows: Array<GridRow>, outlook: OutlookView, 
/**
 * The scenario drawn beside it, if any.
 */
compare: string | null, 
/**
 * Decided questions that adopted and adopt no scenario yet: what may adopt this one.
 */
adoptingQuestions: Array<AdoptingQuestion>, 
/**
 * The last year projected.
 */
endYear: number, };
export type OutlookView = { problems: Array<CellProblem>, charts: Array<ChartSvg>, milestones: MilestoneTable, goals: Array<GoalRow>, notes: Array<string>, };
export type ChartSvg = { key: string, title: string, 
/**
 * A standalone `<svg>` element; every text in it is escaped.
 */
svg: string, };
export type AdoptingQuestion = { id: number, 
/**
 * `Second plenary · 3. Adopt the BAU scenario …`
 */
label: string, 
/**
 * The pending Vision amendment the question is about: it settles that one only.
 */
amendment: number | null, };
export type VersionItem = { number: number, 
/**
 * `draft`, `adopted` or `superseded`.
 */
state: string, savedBy: string, 
/**
 * Said in the window's language.
 */
savedAt: string, note: string, };
export type ParagraphView = { 
/**
 * The paragraph's row id: what an amendment names.
 */
id: number, 
/**
 * Kept from version to version.
 */
key: number, textZh: string, textEn: string, notYetTranslated: boolean, };
export type SectionView = { 
/**
 * `purpose`, `coreValues`, `longTermGoals`, `sdgs`, `commitments` or `free`.
 */
kind: string, 
/**
 * In the window's language; a free section's own title.
 */
title: string, 
/**
 * A free section's own titles, to edit them; empty for the standard sections.
 */
titleZh: string, titleEn: string, paragraphs: Array<ParagraphView>, };
export type VersionView = { number: number, state: string, neutralityYear: number | null, sdgs: Array<number>, sections: Array<SectionView>, 
/**
 * How it was adopted, said in the window's language; `null` unless adopted.
 */
adopted: string | null, };
export type CheckView = { id: string, passed: boolean, message: string, };
export type AmendmentView = { id: number, 
/**
 * The version it amends.
 */
version: number, paragraphId: number, paragraphKey: number, proposedBy: string, textZh: string | null, textEn: string | null, reason: string, 
/**
 * `pending`, `accepted`, `rejected` or `editorial`.
 */
status: string, 
/**
 * How it was settled, said in the window's language; `null` while pending.
 */
settled: string | null, 
/**
 * The question that settled it, if one did.
 */
questionId: number | null, 
/**
 * The questions asked about it, as `Meeting · 3. Text`: the one to settle it by.
 */
askedIn: Array<string>, 
/**
 * The change it proposes to its paragraph's text in the version it amends, per language
 * (Chinese by character, English by word); all equal where it leaves a language as it is.
 */
diffZh: Array<SpanView>, diffEn: Array<SpanView>, };
export type StakeholderOption = { id: number, name: string, };
export type VisionStage = { versions: Array<VersionItem>, version: VersionView | null, checklist: Array<CheckView>, amendments: Array<AmendmentView>, stakeholders: Array<StakeholderOption>, 
/**
 * Decided questions that adopt nothing, each with its outcome.
 */
settlingQuestions: Array<AdoptingQuestion>, 
/**
 * Decided questions that adopted and adopt nothing yet.
 */
adoptingQuestions: Array<AdoptingQuestion>, };
export type DraftEdit = { number: number, sections: Array<SectionEdit>, neutralityYear: number | null, };
export type SectionEdit = { 
/**
 * `purpose`, `coreValues`, `longTermGoals`, `sdgs`, `commitments` or `free`.
 */
kind: string, 
/**
 * A free section's titles; ignored for the standard sections.
 */
titleZh: string, titleEn: string, paragraphs: Array<ParagraphEdit>, };
export type ParagraphEdit = { 
/**
 * The paragraph's key; `null` for a paragraph added since the draft was saved.
 */
key: number | null, textZh: string, textEn: string, notYetTranslated: boolean, };
export type ProposalInput = { paragraphId: number, proposedBy: number, 
/**
 * Empty leaves that language as it is.
 */
textZh: string, textEn: string, reason: string, };
export type SpanView = { 
/**
 * `equal`, `insert` or `delete`.
 */
op: string, text: string, };
export type ParagraphDiffView = { key: number, 
/**
 * `kept`, `added` or `removed`.
 */
presence: string, 
/**
 * The section's title in the window's language.
 */
section: string, changed: boolean, zh: Array<SpanView>, en: Array<SpanView>, };
export type VisionDiffView = { from: number, to: number, paragraphs: Array<ParagraphDiffView>, };
export type TargetsStage = { 
/**
 * The latest adopted revision's targets, then the open revision's proposals.
 */
targets: Array<TargetItem>, 
/**
 * The targets read against APEC's lines (and the national 2030 lines for a Chinese city),
 * for the subjects that have targets; the adopted set and the proposals each checked.
 */
checks: Array<TargetCheck>, charts: Array<ChartSvg>, 
/**
 * Decided questions that adopted and adopt nothing yet.
 */
adoptingQuestions: Array<AdoptingQuestion>, 
/**
 * Some target is still a proposal.
 */
hasProposals: boolean, };
export type TargetItem = { 
/**
 * The stored target's id (a proposal is removed by it).
 */
id: number, subject: string, name: string, unit: string, baseline: string, target: string, latest: string, 
/**
 * `on-track`, `deterioration`, … (for tests and styles).
 */
status: string, 
/**
 * `●●●○ On track`: the gauge and the words, never colour alone.
 */
statusWords: string, adopted: boolean, 
/**
 * `base-year-reduction`, `fixed-level`, `base-year-intensity` or `below-bau`.
 */
kind: string, 
/**
 * The kind in words with its per cent: `Base-year reduction: −20.5 % from 2021`.
 */
kindWords: string, 
/**
 * The SDGs it serves, goal numbers 1–17.
 */
sdgs: Array<number>, 
/**
 * `SDG 11, 3`, or that none is named.
 */
sdgWords: string, 
/**
 * The advantages for the community in the window's language (bilingual: the Chinese, a
 * line break, the English); a missing language falls back to the other; empty when none.
 */
advantages: string, 
/**
 * The BAU's value in the target year, `2030: 3,812` (with the unit), or `—`.
 */
bau: string, bauValue: number | null, 
/**
 * Target minus BAU, signed, with the unit: `−572 万吨CO₂`, or `—` without a BAU value.
 */
gap: string, gapValue: number | null, 
/**
 * Why there is no gap, in the window's language (`The BAU does not project this
 * indicator`); empty when there is one.
 */
gapNote: string, 
/**
 * The revision of the target set, from 1.
 */
revision: number, 
/**
 * `adopted` or `proposed`.
 */
state: string, 
/**
 * `Adopted, revision 1` or `Proposed, revision 2`.
 */
stateWords: string, };
export type TargetCheck = { 
/**
 * The line's key: `apec-energy-intensity-2035`, `apec-renewables-share-2030`,
 * `cn-carbon-intensity-2030`, `cn-non-fossil-share-2030`.
 */
key: string, 
/**
 * The line in words: `APEC 2035: −45 % from 2005`.
 */
line: string, 
/**
 * The target subject checked: `energy_intensity`, `7.2.1`, …
 */
subject: string, 
/**
 * `adopted` (the latest adopted revision) or `proposed` (the open revision).
 */
state: string, revision: number, 
/**
 * `met`, `not-met` or `cannot-check`.
 */
outcome: string, 
/**
 * The line's value in its year, when it can be worked out.
 */
lineValue: number | null, 
/**
 * Where the targets' path stands in the line's year.
 */
targetValue: number | null, 
/**
 * The sentence shown: met / not met with both values, or which value is missing.
 */
words: string, };
export type TargetForm = { 
/**
 * An indicator's code, a BAU series key or an essential (`essential-5`).
 */
subject: string, baselineYear: string, baselineValue: string, 
/**
 * `fixed-level`, `base-year-reduction`, `base-year-intensity` or `below-bau`.
 */
kind: string, value2030: string, percent2030: string, 
/**
 * 2050 or 2060.
 */
midYear: string, valueMid: string, percentMid: string, sdgs: Array<number>, advantagesZh: string, advantagesEn: string, };
export type FormSubject = { key: string, 
/**
 * `11.6.2 Annual mean PM2.5`, in the window's language.
 */
name: string, unit: string, 
/**
 * `deficit` (flagged), `indicator`, `series` (BAU) or `essential` (scorecard).
 */
group: string, 
/**
 * The goal an indicator belongs to (preselected among the SDGs).
 */
goal: number | null, 
/**
 * The latest stored value, to prefill the baseline.
 */
latestYear: number | null, latestValue: number | null, };
export type MeasuresStage = { projects: Array<KeyProjectItem>, measures: Array<MeasureItem>, 
/**
 * The targets' subjects a measure may serve.
 */
subjects: Array<MeasureSubject>, 
/**
 * The register's people who may own a measure.
 */
owners: Array<MeasureOwnerOption>, };
export type KeyProjectItem = { code: string, title: string, titleZh: string, titleEn: string, };
export type MeasureSubject = { key: string, name: string, unit: string, };
export type MeasureOwnerOption = { id: number, name: string, };
export type MeasureItem = { code: string, project: string, title: string, 
/**
 * The title is in the other language: the window's is empty.
 */
titleFallback: boolean, titleZh: string, titleEn: string, descriptionZh: string, descriptionEn: string, 
/**
 * `short` or `long`.
 */
term: string, termWords: string, ownerStakeholder: number | null, 
/**
 * A department's name in Chinese and in English (empty for a stakeholder owner).
 */
ownerDepartment: string, ownerDepartmentEn: string, ownerWords: string, budget: number | null, budgetWords: string, start: string, end: string, datesWords: string, 
/**
 * `not-started`, `on-time`, … (for tests and styles).
 */
status: string, statusWords: string, progress: Array<MeasureProgressItem>, targets: Array<MeasureServedItem>, 
/**
 * Why it cannot be deleted, if it cannot.
 */
deleteRefused: string | null, };
export type MeasureProgressItem = { date: string, dateWords: string, percent: number, note: string, };
export type MeasureServedItem = { subject: string, 
/**
 * The full name, for a tooltip.
 */
name: string, effectValue: number | null, effectUnit: string, 
/**
 * `11.6.2: −1.5 µg/m³` (an indicator by its code) or `CO2 emissions: −1.8 Mt CO2e/a`.
 */
words: string, };
export type MeasureForm = { 
/**
 * The code of the measure edited; `None` for a new one.
 */
editing: string | null, code: string, projectCode: string, 
/**
 * Titles of a key project the form creates; an existing project keeps its own.
 */
projectTitleZh: string, projectTitleEn: string, titleZh: string, titleEn: string, descriptionZh: string, descriptionEn: string, term: string, ownerStakeholder: number | null, 
/**
 * A department's name in Chinese and in English: either is enough.
 */
ownerDepartment: string, ownerDepartmentEn: string, budget: string, start: string, end: string, status: string, targets: Array<MeasureServedForm>, };
export type MeasureServedForm = { subject: string, effect: string, unit: string, };
export type MeasureProgressForm = { code: string, date: string, percent: string, note: string, };
export type DeficitsStage = { catalogueVersion: string, 
/**
 * Indicators with a stored value or a benchmark, in catalogue order.
 */
indicators: Array<IndicatorView>, 
/**
 * Every indicator a city can report, to enter a value for one not listed yet.
 */
catalogue: Array<CatalogueItem>, scorecard: ScorecardView, ranking: RankingView, };
export type CatalogueItem = { code: string, 
/**
 * In the window's language.
 */
name: string, unit: string, 
/**
 * Answered yes or no (是 / 否) rather than a number.
 */
yesNo: boolean, 
/**
 * Each value states the PPP base year of its GDP (7.3.1).
 */
needsPppBaseYear: boolean, };
export type IndicatorView = { code: string, name: string, unit: string, year: number | null, value: number | null, 
/**
 * The value as a person reads it (`yes` / `no` for a yes-or-no indicator), empty if none.
 */
valueText: string, 
/**
 * How many years are stored.
 */
years: number, benchmark: BenchmarkView | null, 
/**
 * The gap in the indicator's unit, and in per cent of the benchmark where it has one.
 */
gapText: string, 
/**
 * `deficit`, `met`, `no-benchmark` or `no-value`.
 */
flag: string, };
export type BenchmarkView = { value: number, 
/**
 * The value as typed in the form: a yes-or-no indicator's `yes` or `no`, a number as is.
 */
valueInput: string, 
/**
 * `national-target`, `partner-city`, `who-guideline` or `dialogue-own`.
 */
kindKey: string, valueText: string, 
/**
 * What kind of reference it is, in the window's language.
 */
kind: string, year: number | null, source: string, };
export type BenchmarkEntry = { code: string, value: string, 
/**
 * `national-target`, `partner-city`, `who-guideline` or `dialogue-own`.
 */
kind: string, 
/**
 * Empty when the reference has no year.
 */
year: string, source: string, };
export type ComparisonView = { earlier: WorkshopView, later: WorkshopView, essentials: Array<EssentialChange>, earlierScore: number, laterScore: number, max: number, 
/**
 * Later minus earlier, in points.
 */
change: number, };
export type EssentialChange = { number: number, name: string, earlier: number, later: number, max: number, change: number, };
export type ScorecardView = { workshop: WorkshopView | null, 
/**
 * The shown workshop's level: `preliminary` (0–3) or `detailed` (0–5).
 */
level: string, 
/**
 * The detailed level's criteria are loaded: a workshop may be held at that level.
 */
detailedLoaded: boolean, scaleMax: number, 
/**
 * What each score means, 0 first.
 */
meanings: Array<string>, essentials: Array<EssentialView>, score: number, max: number, percent: number, scored: number, questions: number, 
/**
 * The ten essentials on a radar, a standalone `<svg>`; every text in it is escaped. With
 * a workshop before this one, both outlines: this one solid, the earlier dashed.
 */
radarSvg: string, 
/**
 * This workshop against the scored one before it, if there is one.
 */
comparison: ComparisonView | null, };
export type WorkshopView = { id: number, title: string, heldOn: string, };
export type EssentialView = { number: number, name: string, score: number, max: number, percent: number, questions: Array<QuestionView>, };
export type QuestionView = { code: string, title: string, score: number | null, comment: string, 
/**
 * What the score rests on: a document, a plan, a figure.
 */
evidence: string, };
export type RankingView = { 
/**
 * `dots` or `borda` (each voter's order): the latest vote's method.
 */
method: string, 
/**
 * The latest vote is open: dots or orders may be recorded.
 */
open: boolean, 
/**
 * A vote was ever opened; without one, or with the latest closed, a new vote puts
 * `candidates` to the room.
 */
exists: boolean, dotsEach: number, 
/**
 * What the vote is on: the ranking's candidates, or what a new vote would put.
 */
candidates: Array<Candidate>, voters: Array<Voter>, result: Array<RankedView>, bySector: Array<GroupView>, byHelix: Array<GroupView>, 
/**
 * The ranked deficits that got points as bars; empty before anyone voted.
 */
barSvg: string, };
export type VoteMethod = "dots" | "borda";
export type Candidate = { code: string, name: string, };
export type Voter = { id: number, name: string, sector: string, helix: string, 
/**
 * Dots per candidate code in a dot vote; empty before they voted.
 */
dots: { [key in string]: number }, 
/**
 * Candidate codes, first priority first, in a ranking vote; empty before they voted.
 */
order: Array<string>, };
export type RankedView = { code: string, name: string, rank: number, tied: boolean, points: number, };
export type GroupView = { label: string, voters: number, items: Array<RankedView>, };
export type ValueEntry = { code: string, year: string, value: string, unit: string, source: string, note: string, pppBaseYear: string, };
export type EntryProblem = { field: string, message: string, };
export type EntryOutcome = { problems: Array<EntryProblem>, stage: DeficitsStage | null, };
export type ImportProblem = { row: number, column: string, reason: string, };
export type ValuesImport = { 
/**
 * `csv` or `xlsx`, by the file's content.
 */
format: string, rows: number, add: number, update: number, problems: Array<ImportProblem>, written: boolean, };
