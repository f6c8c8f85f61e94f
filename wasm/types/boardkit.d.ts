// boardkit: TypeScript types of the JS API.
// GENERATED from the Rust types by wasm/tests/types.rs: do not edit. Regenerate with
//   BOARDKIT_BLESS=1 cargo test -p boardkit-wasm --test types

/** The input is not a record. `code`: `shape.syntax`, `shape.invalid`, `shape.empty`,
 *  `shape.schema_version`, `shape.config` or `shape.overflow`; `path`: the JSON Pointer of
 *  the offending value ("" for the whole input). Messages never quote the input. */
export declare class BoardkitError extends Error {
  readonly name: "BoardkitError";
  readonly code: ErrorCode;
  readonly path: string;
}

/** The codes a BoardkitError can carry. */
export type ErrorCode =
  | "shape.syntax"
  | "shape.invalid"
  | "shape.empty"
  | "shape.schema_version"
  | "shape.config"
  | "shape.overflow";

// ---- functions ----

/** The library version (the boardkit crate version). */
export declare function version(): string;

/**
 * Check every governance rule on a board document and return the findings, each with the JSON Pointer `path` of the field it is about.
 * `options.as_of` is the date to judge "overdue" against; without it, rules that need a date are not run.
 * @throws {BoardkitError} when `doc` or `options` is not a record (code and path say what and where).
 */
export declare function validateDocument(doc: BoardDocumentInput, options?: ValidateOptions | null): Report;

/**
 * Read a board document and return it in its normal form: defaults filled in, empty optional parts dropped.
 * @throws {BoardkitError} when `doc` is not a board document.
 */
export declare function normaliseDocument(doc: BoardDocumentInput): BoardDocument;

/** Every rule boardkit can report (the rule catalogue): code, severity and meaning. */
export declare function rules(): Rule[];

// ---- records ----

/** An action from the action log. */
export interface Action {
  /** Host data kept through a round trip. */
  extensions?: {
    [key: string]: unknown;
  };
  /** Host id. */
  id: string;
}

/** An agenda item, numbered hierarchically (3, 3.1, 7.1.2) or continuously (253). */
export interface AgendaItem {
  /** Exempt from the public version of the minutes. */
  confidential?: boolean;
  /** Decisions. */
  decisions?: Decision[];
  /** Host data kept through a round trip. */
  extensions?: {
    [key: string]: unknown;
  };
  /** Minute text. */
  minutes?: string | null;
  /** Time allocated, in minutes. */
  minutes_allocated?: number | null;
  /** Item number as minuted. */
  number: string;
  /** Papers. */
  papers?: Paper[];
  /** Presenters. */
  presenters?: PersonRef[];
  /** Which standing item of the template this is, if any. */
  standing?: StandingItem | null;
  /** Title. */
  title: string;
}

/** A likelihood and an impact, each a level of the matrix's scales (1-based). */
export interface Assessment {
  /** Impact level. */
  impact: number;
  /** Likelihood level. */
  likelihood: number;
}

/** One person's attendance at one meeting. */
export interface Attendance {
  /** For a deputy: the member (person id) they deputised for. */
  deputy_for?: string | null;
  /** Host data kept through a round trip. */
  extensions?: {
    [key: string]: unknown;
  };
  /** Free-text note. */
  note?: string | null;
  /** The person. */
  person: string;
  /** How they attended. */
  status: AttendanceStatus;
}

/** How a person was at a meeting. */
export type AttendanceStatus = "present" | "apologies" | "deputy" | "in_attendance" | "minute_taker" | "absent";

/** A band: every score from `min` to `max` inclusive gets `rating`. */
export interface Band {
  /** The council's own name for the band ("High", "Significant"...), if it has one. */
  label?: string | null;
  /** Highest score in the band (inclusive). */
  max: number;
  /** Lowest score in the band. */
  min: number;
  /** The rating the band gives. */
  rating: Rating;
}

/**
 * A board document: organisations, people, bodies, meetings, the action log, the risk
 * register, budgets and scorecards.
 */
export interface BoardDocument {
  /** The action log. */
  actions?: Action[];
  /** Boards, executives, sub-groups. */
  bodies: Body[];
  /** Budgets, one per financial year. */
  budgets?: Budget[];
  /** Host data kept through a round trip. */
  extensions?: {
    [key: string]: unknown;
  };
  /** Meetings. */
  meetings: Meeting[];
  /** Partner agencies. */
  organisations: Organisation[];
  /** People. */
  people: Person[];
  /** The risk register. */
  risk_register?: RiskRegister | null;
  /** Must be [`SCHEMA_VERSION`]. */
  schema_version: number;
  /** Performance scorecards. */
  scorecards?: Scorecard[];
}

/**
 * A board document: organisations, people, bodies, meetings, the action log, the risk
 * register, budgets and scorecards.
 */
export interface BoardDocumentInput {
  /** The action log. */
  actions?: Action[];
  /** Boards, executives, sub-groups. */
  bodies?: BodyInput[];
  /** Budgets, one per financial year. */
  budgets?: Budget[];
  /** Host data kept through a round trip. */
  extensions?: {
    [key: string]: unknown;
  };
  /** Meetings. */
  meetings?: MeetingInput[];
  /** Partner agencies. */
  organisations?: Organisation[];
  /** People. */
  people?: Person[];
  /** The risk register. */
  risk_register?: RiskRegisterInput | null;
  /** Must be [`SCHEMA_VERSION`]. */
  schema_version: number;
  /** Performance scorecards. */
  scorecards?: ScorecardInput[];
}

/** A governance body: a board, executive, sub-group, task-and-finish group or joint board. */
export interface Body {
  /** Constitution, if recorded. */
  constitution?: Constitution | null;
  /** Host data kept through a round trip. */
  extensions?: {
    [key: string]: unknown;
  };
  /** Named groups that may own actions. */
  groups?: Group[];
  /** Host id. */
  id: string;
  /** Kind of body. */
  kind: BodyKind;
  /** Membership. */
  members?: Member[];
  /** Name. */
  name: string;
  /** The bodies this one reports to (a joint group may report to two boards). */
  reports_to?: string[];
  /** Seats per organisation. */
  seats?: SeatAllocation[];
}

/** A governance body: a board, executive, sub-group, task-and-finish group or joint board. */
export interface BodyInput {
  /** Constitution, if recorded. */
  constitution?: ConstitutionInput | null;
  /** Host data kept through a round trip. */
  extensions?: {
    [key: string]: unknown;
  };
  /** Named groups that may own actions. */
  groups?: Group[];
  /** Host id. */
  id: string;
  /** Kind of body. */
  kind: BodyKind;
  /** Membership. */
  members?: Member[];
  /** Name. */
  name: string;
  /** The bodies this one reports to (a joint group may report to two boards). */
  reports_to?: string[];
  /** Seats per organisation. */
  seats?: SeatAllocation[];
}

/** The kind of a governance body. */
export type BodyKind = "board" | "executive" | "sub_group" | "task_and_finish_group" | "joint_board";

/** A role on a body that minutes use in place of a name ("The Chair"). */
export type BodyRole = "chair";

/** A budget for one financial year. */
export interface Budget {
  /** Host data kept through a round trip. */
  extensions?: {
    [key: string]: unknown;
  };
}

/** A comparator value (national, regional, statistical neighbours) for a period. */
export interface Comparator {
  /** Host data kept through a round trip. */
  extensions?: {
    [key: string]: unknown;
  };
  /** Who the comparison is with. */
  kind: ComparatorKind;
  /** The period compared. */
  period: YearMonth;
  /**
   * Where our figure stands, when the source states only that ("the rate remains
   * higher than the national average"). Ignored when `value` is given.
   */
  stated?: Relation | null;
  /** The comparator's value, when published. */
  value?: Decimal | null;
}

/** Who a figure is compared with. */
export type ComparatorKind = "national" | "regional" | "statistical_neighbours";

/** The constitution of a body: quorum and agenda template. */
export interface Constitution {
  /** The quorum rule. */
  quorum: Quorum;
  /** Standing items every meeting's agenda should have ("to prevent delay and drift"). */
  standing_items?: StandingItem[];
}

/** The constitution of a body: quorum and agenda template. */
export interface ConstitutionInput {
  /** The quorum rule. */
  quorum?: Quorum;
  /** Standing items every meeting's agenda should have ("to prevent delay and drift"). */
  standing_items?: StandingItem[];
}

/** A decimal number, as a JSON number or a string such as "80.5" (at most 9 decimal places) */
export type Decimal = number | string;

/** A decision recorded under an agenda item. */
export interface Decision {
  /** Agreed, resolved or noted. */
  kind: DecisionKind;
  /** Letter or numeral as minuted: "a", "iv". */
  letter?: string | null;
  /** "Action by". */
  owner?: PersonRef | null;
  /** The decision text. */
  text: string;
}

/** The kind of a decision. */
export type DecisionKind = "agreed" | "resolved" | "noted";

/** A declaration of interest. */
export interface Declaration {
  /** The agenda item number it concerns. */
  item: string;
  /** Whether they left the room for the item. */
  left_room: boolean;
  /** The nature of the interest. */
  nature: string;
  /** Who declared. */
  person: PersonRef;
  /** Whether they took part in the item's decision. */
  took_part: boolean;
}

/** A declaration of interest. */
export interface DeclarationInput {
  /** The agenda item number it concerns. */
  item: string;
  /** Whether they left the room for the item. */
  left_room?: boolean;
  /** The nature of the interest. */
  nature: string;
  /** Who declared. */
  person: PersonRef;
  /** Whether they took part in the item's decision. */
  took_part?: boolean;
}

/**
 * Declarations of interest at a meeting. `none_declared: true` with no entries is the
 * record "None declared".
 */
export interface Declarations {
  /** The declarations. */
  entries?: Declaration[];
  /** "None declared". */
  none_declared?: boolean;
}

/**
 * Declarations of interest at a meeting. `none_declared: true` with no entries is the
 * record "None declared".
 */
export interface DeclarationsInput {
  /** The declarations. */
  entries?: DeclarationInput[];
  /** "None declared". */
  none_declared?: boolean;
}

/** One broken rule at one place in a record. */
export interface Finding {
  /** The rule's stable code. */
  code: string;
  /** Plain English; never quotes free text from the record. */
  message: string;
  /** JSON Pointer (RFC 6901) to the field the finding is about, e.g. `/actions/3/due`. */
  path: string;
  /** The rule's severity. */
  severity: Severity;
}

/**
 * How often an indicator is reported. Periods are named by their first month, on the
 * scorecard's calendar (see [`super::Scorecard::year_start_month`]).
 */
export type Frequency = "monthly" | "quarterly" | "annual";

/** A named group that can own actions ("All partners", "LSCB Office"). */
export interface Group {
  /** Id used in action owners. */
  id: string;
  /** Name as minutes write it. */
  name: string;
  /** People in the group, where known. */
  people?: string[];
}

/** One dated assessment in a risk's score history. */
export interface HistoryEntry {
  /** The date of the assessment. */
  date: string;
  /** Impact level. */
  impact: number;
  /** Likelihood level. */
  likelihood: number;
  /** The meeting where it was reviewed, by id. */
  meeting?: string | null;
  /** Why the score moved. */
  note?: string | null;
}

/** A performance indicator on a scorecard. */
export interface Indicator {
  /** Decimal places percent changes are published at (0 for -18%, 1 for +3.3%). */
  change_places?: number;
  /** Comparators. */
  comparators?: Comparator[];
  /** Host data kept through a round trip. */
  extensions?: {
    [key: string]: unknown;
  };
  /** How often it is reported. */
  frequency: Frequency;
  /** Host id. */
  id: string;
  /** Name as the scorecard writes it. */
  name: string;
  /** Free-text note (definition, source). */
  note?: string | null;
  /**
   * Decimal places the values are published at (0 for 17%, 1 for 80.5, 2 for 49.84).
   * Derived percentages and rates are rounded to this many places.
   */
  places?: number;
  /** Which way is good. */
  polarity: Polarity;
  /** The target and tolerance that give the RAG rating. */
  target?: Target | null;
  /** How big a change must be to move the direction-of-travel arrow (none: any change). */
  travel_threshold?: TravelThreshold | null;
  /** Unit of the values. */
  unit: Unit;
  /** Values by period. */
  values?: Observation[];
}

/** A performance indicator on a scorecard. */
export interface IndicatorInput {
  /** Decimal places percent changes are published at (0 for -18%, 1 for +3.3%). */
  change_places?: number;
  /** Comparators. */
  comparators?: Comparator[];
  /** Host data kept through a round trip. */
  extensions?: {
    [key: string]: unknown;
  };
  /** How often it is reported. */
  frequency: Frequency;
  /** Host id. */
  id: string;
  /** Name as the scorecard writes it. */
  name: string;
  /** Free-text note (definition, source). */
  note?: string | null;
  /**
   * Decimal places the values are published at (0 for 17%, 1 for 80.5, 2 for 49.84).
   * Derived percentages and rates are rounded to this many places.
   */
  places?: number;
  /** Which way is good. */
  polarity: Polarity;
  /** The target and tolerance that give the RAG rating. */
  target?: TargetInput | null;
  /** How big a change must be to move the direction-of-travel arrow (none: any change). */
  travel_threshold?: TravelThreshold | null;
  /** Unit of the values. */
  unit: Unit;
  /** Values by period. */
  values?: Observation[];
}

/**
 * The risk matrix: the two scales, the scoring method and the bands.
 *
 * JSON: `{"likelihood": ["Rare", ...], "impact": ["Minor", ...], "bands": [{"min": 1,
 * "max": 4, "rating": "green"}, ...]}`. Level *n* of a scale is the *n*-th label (1-based).
 */
export interface Matrix {
  /** The bands, in any order. Together they must cover every possible score exactly once. */
  bands: Band[];
  /** Labels of the impact levels, from 1 (least impact) upwards. */
  impact: string[];
  /** Labels of the likelihood levels, from 1 (least likely) upwards. */
  likelihood: string[];
  /** How a score is worked out; likelihood x impact unless stated. */
  scoring?: Scoring;
}

/** A matter arising: the status of an earlier meeting's action, by its ref. */
export interface MatterArising {
  /** The action's id, where the host knows it. */
  action?: string | null;
  /** The action's ref as minuted (3.1, 7.1.2). */
  action_ref: string;
  /** Note. */
  note?: string | null;
  /** The status recorded. */
  status: Status;
}

/** A meeting of a body. */
export interface Meeting {
  /** Agenda items in order. */
  agenda?: AgendaItem[];
  /** Attendance: one entry per person. */
  attendance?: Attendance[];
  /** The body meeting. */
  body: string;
  /** Minutes marked CONFIDENTIAL. */
  confidential?: boolean;
  /** Date. */
  date: string;
  /** Declarations of interest (absent: not recorded). */
  declarations?: Declarations | null;
  /** End time. */
  end?: Time | null;
  /** Host data kept through a round trip. */
  extensions?: {
    [key: string]: unknown;
  };
  /** Host id. */
  id: string;
  /** Matters arising from earlier meetings' actions. */
  matters_arising?: MatterArising[];
  /** The next meeting. */
  next_meeting?: NextMeeting | null;
  /** Approval of the previous meeting's minutes. */
  previous_minutes?: MinutesApproval | null;
  /** Start time. */
  start?: Time | null;
  /** Status. */
  status: MeetingStatus;
  /** Title. */
  title: string;
  /** Venue. */
  venue?: string | null;
}

/** A meeting of a body. */
export interface MeetingInput {
  /** Agenda items in order. */
  agenda?: AgendaItem[];
  /** Attendance: one entry per person. */
  attendance?: Attendance[];
  /** The body meeting. */
  body: string;
  /** Minutes marked CONFIDENTIAL. */
  confidential?: boolean;
  /** Date. */
  date: string;
  /** Declarations of interest (absent: not recorded). */
  declarations?: DeclarationsInput | null;
  /** End time. */
  end?: Time | null;
  /** Host data kept through a round trip. */
  extensions?: {
    [key: string]: unknown;
  };
  /** Host id. */
  id: string;
  /** Matters arising from earlier meetings' actions. */
  matters_arising?: MatterArising[];
  /** The next meeting. */
  next_meeting?: NextMeeting | null;
  /** Approval of the previous meeting's minutes. */
  previous_minutes?: MinutesApproval | null;
  /** Start time. */
  start?: Time | null;
  /** Status. */
  status: MeetingStatus;
  /** Title. */
  title: string;
  /** Venue. */
  venue?: string | null;
}

/** Where a meeting is in its life. */
export type MeetingStatus = "scheduled" | "held" | "minutes_drafted" | "minutes_approved" | "published" | "cancelled";

/** A seat on the body held by a person. */
export interface Member {
  /** Membership category. */
  category: MemberCategory;
  /** Host data kept through a round trip. */
  extensions?: {
    [key: string]: unknown;
  };
  /** Whether the member may send a deputy. Ignored (always false) for special roles. */
  may_send_deputy?: boolean;
  /** The organisation the member sits for (none for lay members and the chair). */
  organisation?: string | null;
  /** The person. */
  person: string;
  /** A special role, if any. */
  role?: SpecialRole | null;
  /**
   * Whether the member takes part in decisions (counts towards a decision quorum).
   * Defaults to true, except that a lead member is always a non-voting observer.
   */
  voting?: boolean;
}

/** The category a member sits in. */
export type MemberCategory = "statutory" | "co_opted" | "participant_adviser";

/** Approval of an earlier meeting's minutes ("agreed as a correct record"). */
export interface MinutesApproval {
  /** Agreed as a correct record (false: amended or not agreed). */
  approved?: boolean;
  /** The meeting whose minutes were considered. */
  meeting: string;
  /** Amendments or note. */
  note?: string | null;
}

/** The next meeting as announced. */
export interface NextMeeting {
  /** Date. */
  date: string;
  /** End time. */
  end?: Time | null;
  /** The meeting record, if it exists. */
  meeting?: string | null;
  /** Start time. */
  start?: Time | null;
  /** Venue. */
  venue?: string | null;
}

/** One value of an indicator for one period. */
export interface Observation {
  /** The count behind a percentage or a rate (617 re-referrals; 2,240 children in need). */
  count?: number | null;
  /** Host data kept through a round trip. */
  extensions?: {
    [key: string]: unknown;
  };
  /** Free-text note (source, caveats). */
  note?: string | null;
  /**
   * The period, named by its first month (`2016-04` for 2016/17, `2017-01` for Q4
   * 2016/17). A snapshot ("as at 31 March 2017") belongs to the period it ends.
   */
  period: YearMonth;
  /** The child population a rate per 10,000 is computed on. */
  population?: number | null;
  /** The total a percentage is a share of (3,561 referrals). */
  total?: number | null;
  /** The value as published, in the indicator's unit. */
  value: Decimal;
}

/** A partner agency. */
export interface Organisation {
  /** Host data kept through a round trip. */
  extensions?: {
    [key: string]: unknown;
  };
  /** Host id. */
  id: string;
  /** Name as the board writes it. */
  name: string;
  /** Kind of agency. */
  sector: Sector;
  /** One of the three statutory safeguarding partners (local authority, health, police). */
  statutory_partner?: boolean;
}

/** A paper tabled for an item ("Paper 3, Appendix 1/2"). */
export interface Paper {
  /** Appendices. */
  appendices?: string[];
  /** Name or number of the paper. */
  name: string;
}

/** A person who appears in the records (members, deputies, officers, guests). */
export interface Person {
  /** Host data kept through a round trip. */
  extensions?: {
    [key: string]: unknown;
  };
  /** Host id. */
  id: string;
  /** Initials as minutes write them (CT, ASp, SCh). */
  initials?: string | null;
  /** Full name. */
  name: string;
  /** The organisation the person works for. */
  organisation?: string | null;
  /** Post or job title. */
  post?: string | null;
}

/**
 * A reference to a person as a record writes it.
 *
 * JSON: `{"person": "<id>"}`, `{"initials": "JR"}` (resolved against the meeting's
 * attendance and the body's members) or `{"role": "chair"}`.
 */
export type PersonRef = {
  person: string;
} | {
  initials: string;
} | {
  role: BodyRole;
};

/** Which way is good for an indicator. */
export type Polarity = "higher_is_better" | "lower_is_better";

/**
 * The body's quorum rule. A meeting is quorate when every part that is set holds.
 *
 * Counted: voting members present in person, plus deputies attending for a voting
 * member who may send one. Observers (the lead member, non-voting members) never count.
 */
export interface Quorum {
  /** Each statutory partner organisation represented by at least one member or deputy. */
  each_statutory_partner?: boolean;
  /** At least this many voting members (or their deputies) present. */
  min_voting_members?: number | null;
  /** At least this percentage of the body's voting members present (e.g. 50 for half). */
  min_voting_percent?: number | null;
}

/** Where and when the board raised the risk. */
export interface Raised {
  /** The date the risk was raised. */
  date: string;
  /** The meeting where the board decided it, by id. */
  meeting?: string | null;
  /** The minute reference of that decision ("5.1"). */
  minute?: string | null;
}

/** A rating a band gives, from least to most serious. */
export type Rating = "green" | "yellow" | "amber" | "red";

/** Where a figure stands against a comparator, when the source states only that. */
export type Relation = "above" | "similar" | "below";

/** The findings of a validation, in the order the rules found them. */
export interface Report {
  /** Every finding. */
  findings: Finding[];
}

/** How often the risk is to be reviewed. */
export type ReviewFrequency = "monthly" | "bi_monthly" | "quarterly" | "half_yearly" | "annually";

/** A risk on the board's register. */
export interface Risk {
  /** The council's category (safeguarding practice, finance, partnership...). */
  category?: string | null;
  /** For a closed risk: the date it was closed. */
  closed_on?: string | null;
  /** For a closed risk: why it was closed. */
  closed_reason?: string | null;
  /** Controls in place. */
  controls?: string[];
  /** Current (residual) assessment: with the controls in place. */
  current?: Assessment | null;
  /** What the risk is and why it matters. */
  description?: string | null;
  /** Host data kept through a round trip (boardkit never reads it). */
  extensions?: {
    [key: string]: unknown;
  };
  /** Dated assessments, oldest first. */
  history?: HistoryEntry[];
  /** Host id. */
  id: string;
  /** Inherent assessment: before any controls. */
  inherent?: Assessment | null;
  /** Further actions, by id in the document's action log. */
  linked_actions?: string[];
  /** The date of the next review. */
  next_review?: string | null;
  /** The owner: a person id, or a group id defined on a body ("LSCB Office"). */
  owner?: string | null;
  /** When, and at which meeting and minute, the board raised it. */
  raised: Raised;
  /** How often the risk is reviewed. */
  review_frequency?: ReviewFrequency | null;
  /**
   * For a deferred risk: when the board will revisit it (a date, a month, a meeting or
   * the next meeting after the one that raised it).
   */
  revisit?: When | null;
  /** Lifecycle status. */
  status: RiskStatus;
  /** Target assessment: where the board means to get it to. */
  target?: Assessment | null;
  /** Short title as the register shows it. */
  title: string;
}

/**
 * A board's risk register: the matrix it scores risks on, its review and escalation
 * policy, and the risks.
 */
export interface RiskRegister {
  /** The body whose register this is, by id. */
  body?: string | null;
  /**
   * A risk whose score is at or above this is above the escalation threshold. When
   * absent, the lowest score of the most serious band.
   */
  escalation_score?: number | null;
  /** Host data kept through a round trip. */
  extensions?: {
    [key: string]: unknown;
  };
  /** The risk matrix: scales and bands. */
  matrix: Matrix;
  /** The risks, in the order the register lists them. */
  risks: Risk[];
  /**
   * The body's limit: a risk in the most serious band must be reviewed within this many
   * days of its latest assessment.
   */
  top_band_review_days?: number | null;
}

/**
 * A board's risk register: the matrix it scores risks on, its review and escalation
 * policy, and the risks.
 */
export interface RiskRegisterInput {
  /** The body whose register this is, by id. */
  body?: string | null;
  /**
   * A risk whose score is at or above this is above the escalation threshold. When
   * absent, the lowest score of the most serious band.
   */
  escalation_score?: number | null;
  /** Host data kept through a round trip. */
  extensions?: {
    [key: string]: unknown;
  };
  /** The risk matrix: scales and bands. */
  matrix: Matrix;
  /** The risks, in the order the register lists them. */
  risks?: Risk[];
  /**
   * The body's limit: a risk in the most serious band must be reviewed within this many
   * days of its latest assessment.
   */
  top_band_review_days?: number | null;
}

/**
 * Where a risk stands in its lifecycle.
 *
 * The board proposes a risk, may defer it until there is evidence (with a revisit date
 * or meeting), opens it on the register, may escalate it, and closes it (with a date and
 * a reason).
 */
export type RiskStatus = "proposed" | "deferred" | "open" | "escalated" | "closed";

/**
 * A governance rule of the catalogue, as `rules()` returns it. (Mirror of
 * `boardkit::Rule`, which has `&'static str` fields and no schema; the Node tests check
 * that `rules()` objects have exactly these keys.)
 */
export interface Rule {
  /** Stable code, `area.what` in snake_case (`action.due_before_raised`). */
  code: string;
  /** The severity a finding under this rule carries. */
  severity: Severity;
  /** One sentence in the board's terms: what the rule checks and why. */
  summary: string;
}

/** A performance scorecard: the indicators a board monitors. */
export interface Scorecard {
  /** The body the scorecard reports to. */
  body?: string | null;
  /** Host data kept through a round trip. */
  extensions?: {
    [key: string]: unknown;
  };
  /** Host id. */
  id: string;
  /** The indicators. */
  indicators?: Indicator[];
  /** Title ("Safeguarding snapshot 2016/17"). */
  title: string;
  /**
   * The month (1-12) the reporting year starts: 4 (April, the financial year) unless
   * set; 1 for calendar years, 9 for academic years. Quarters start every third month
   * from it.
   */
  year_start_month?: number;
}

/** A performance scorecard: the indicators a board monitors. */
export interface ScorecardInput {
  /** The body the scorecard reports to. */
  body?: string | null;
  /** Host data kept through a round trip. */
  extensions?: {
    [key: string]: unknown;
  };
  /** Host id. */
  id: string;
  /** The indicators. */
  indicators?: IndicatorInput[];
  /** Title ("Safeguarding snapshot 2016/17"). */
  title: string;
  /**
   * The month (1-12) the reporting year starts: 4 (April, the financial year) unless
   * set; 1 for calendar years, 9 for academic years. Quarters start every third month
   * from it.
   */
  year_start_month?: number;
}

/** How a score is worked out from likelihood and impact. */
export type Scoring = "product" | "sum";

/** The number of seats an organisation has on the body. */
export interface SeatAllocation {
  /** The organisation. */
  organisation: string;
  /** Number of seats. */
  seats: number;
}

/** What kind of agency an organisation is. */
export type Sector = "local_authority" | "police" | "health" | "probation" | "crc" | "cafcass" | "school" | "college" | "voluntary" | "other";

/** How serious a finding is. */
export type Severity = "error" | "warning" | "info";

/** A special role on the body. These members attend in their own right: no deputies. */
export type SpecialRole = "independent_chair" | "lay_member" | "lead_member";

/** A standing item of the agenda template. */
export type StandingItem = "welcome_and_apologies" | "declarations_of_interest" | "previous_minutes" | "matters_arising" | "any_other_business" | "date_of_next_meeting";

/** The status of an action. */
export type Status = "open" | "in_progress" | "on_going" | "outstanding" | "on_agenda" | "completed" | "closed" | "superseded";

/**
 * A target and its tolerance: green at or better than `value`; amber when worse by no
 * more than `tolerance`; red beyond that.
 */
export interface Target {
  /**
   * How far worse than the target still rates amber (zero: no amber band). A negative
   * tolerance is a rule finding (`scorecard.target_wrong_side`) and is read as zero.
   */
  tolerance: Decimal;
  /** The target value, in the indicator's unit. */
  value: Decimal;
}

/**
 * A target and its tolerance: green at or better than `value`; amber when worse by no
 * more than `tolerance`; red beyond that.
 */
export interface TargetInput {
  /**
   * How far worse than the target still rates amber (zero: no amber band). A negative
   * tolerance is a rule finding (`scorecard.target_wrong_side`) and is read as zero.
   */
  tolerance?: Decimal;
  /** The target value, in the indicator's unit. */
  value: Decimal;
}

/** Time of day HH:MM */
export type Time = string;

/** How big a change must be to move the direction-of-travel arrow (see the module docs). */
export type TravelThreshold = {
  absolute: Decimal;
} | {
  relative_percent: Decimal;
};

/** The unit an indicator is measured in. */
export type Unit = "count" | "percent" | "rate_per_10000" | "days";

/** Options for [`BoardDocument::validate`]. */
export interface ValidateOptions {
  /**
   * The date to judge "overdue" and "due for review" against. Never the system clock:
   * when absent, rules that need a date are not run.
   */
  as_of?: string | null;
}

/** A date YYYY-MM-DD, a month YYYY-MM, "next_meeting", or {"meeting": id} */
export type When = string | "next_meeting" | {
  meeting: string;
};

/** A month YYYY-MM */
export type YearMonth = string;
