// boardkit: TypeScript types of the JS API.
// GENERATED from the Rust types by wasm/codegen/generate.rs: do not edit. Regenerate with
//   bash tests/codegen.sh
// Board has [Symbol.dispose] (for `using`): the declarations bring the lib that names it.
/// <reference lib="esnext.disposable" />

/** The input is not a record. `code`: `shape.syntax`, `shape.invalid`, `shape.empty`,
 *  `shape.schema_version`, `shape.config` or `shape.overflow`; `path`: the JSON Pointer of
 *  the offending value ("" for the whole input). Messages never quote the input. */
export declare class BoardkitError extends Error {
  readonly name: "BoardkitError";
  readonly code: ErrorCode;
  readonly path: string;
}

/** Whole pence as a Money: `pence(29870000)` for £298,700. Money fields take only this
 *  (a plain number or `1.5` does not compile); results give Money, usable as a number.
 *  @throws {BoardkitError} `shape.invalid` at "" unless `n` is a safe integer. */
export declare function pence(n: number): Money;

/** The codes a BoardkitError can carry. */
export type ErrorCode =
  | "shape.syntax"
  | "shape.invalid"
  | "shape.empty"
  | "shape.schema_version"
  | "shape.config"
  | "shape.overflow"
  | "board.freed";

/** A date, `YYYY-MM-DD` (`"2017-02-01"`). */
export type Day = `${number}-${number}-${number}`;
/** A month, `YYYY-MM` (`"2017-01"`). */
export type Month = `${number}-${number}`;

/** The code of every rule in the catalogue (RULES.md). */
export type RuleCode =
  | "action.actioned_by_not_owner"
  | "action.closed_before_raised"
  | "action.closed_without_date"
  | "action.completed_late"
  | "action.due_before_raised"
  | "action.due_unresolved"
  | "action.duplicate"
  | "action.history_before_raised"
  | "action.history_out_of_order"
  | "action.matter_arising_unmatched"
  | "action.milestone_overdue"
  | "action.no_origin"
  | "action.no_owner"
  | "action.overdue"
  | "action.owner_ambiguous"
  | "action.owner_not_member"
  | "action.owner_unresolved"
  | "action.recorded_rag_differs"
  | "action.reopened_without_note"
  | "action.status_differs_from_history"
  | "action.status_words_unknown"
  | "board.acknowledgement_unused"
  | "board.ambiguous_initials"
  | "board.annual_report_content_missing"
  | "board.annual_report_recipient_missing"
  | "board.duplicate_id"
  | "board.duplicate_member"
  | "board.duplicate_reports_to"
  | "board.history_dates_conflict"
  | "board.lead_partner_missing"
  | "board.membership_ends_before_start"
  | "board.observer_voting"
  | "board.partner_sign_off_missing"
  | "board.reporting_cycle"
  | "board.seat_overfilled"
  | "board.unknown_reference"
  | "board.unknown_rule_code"
  | "budget.brought_forward_differs"
  | "budget.contribution_cut"
  | "budget.decision_line_mismatch"
  | "budget.decision_phasing_exceeded"
  | "budget.decision_subtotal_mismatch"
  | "budget.decision_subtotal_recipient"
  | "budget.decision_total_mismatch"
  | "budget.differs_from_decision"
  | "budget.duplicate_partner"
  | "budget.duplicate_year"
  | "budget.joint_payment_differs"
  | "budget.not_computable"
  | "budget.overspend"
  | "budget.reserve_overdrawn"
  | "budget.shares_not_100"
  | "budget.statutory_partner_nothing"
  | "budget.total_mismatch"
  | "budget.unknown_body"
  | "budget.unknown_organisation"
  | "budget.weight_not_positive"
  | "challenge.closed_without_response"
  | "challenge.dates_out_of_order"
  | "challenge.response_overdue"
  | "meeting.agenda_number_duplicate"
  | "meeting.agenda_number_invalid"
  | "meeting.agenda_out_of_order"
  | "meeting.approval_after_as_of"
  | "meeting.attendance_code_undefined"
  | "meeting.attendance_item_unknown"
  | "meeting.attendance_of_unheld_meeting"
  | "meeting.date_inferred"
  | "meeting.date_unknown"
  | "meeting.date_window_reversed"
  | "meeting.decision_record_incomplete"
  | "meeting.decision_while_inquorate"
  | "meeting.declaration_item_unknown"
  | "meeting.declarations_contradictory"
  | "meeting.deputy_and_principal_present"
  | "meeting.deputy_for_non_member"
  | "meeting.deputy_not_allowed"
  | "meeting.deputy_without_principal"
  | "meeting.duplicate_attendance"
  | "meeting.end_before_start"
  | "meeting.exempt_paragraph_outdated"
  | "meeting.exempt_paragraph_unknown"
  | "meeting.exempt_public_interest_missing"
  | "meeting.exempt_review_overdue"
  | "meeting.implemented_during_call_in"
  | "meeting.initials_ambiguous"
  | "meeting.initials_unresolved"
  | "meeting.inquorate"
  | "meeting.interest_not_registered"
  | "meeting.interest_took_part"
  | "meeting.matter_arising_status_missing"
  | "meeting.minute_number_skipped"
  | "meeting.minutes_approved_before_held"
  | "meeting.minutes_challenged"
  | "meeting.minutes_published_late"
  | "meeting.name_ambiguous"
  | "meeting.name_unresolved"
  | "meeting.next_meeting_not_after"
  | "meeting.number_relation_undecided"
  | "meeting.papers_published_late"
  | "meeting.presenter_not_recorded"
  | "meeting.previous_minutes_date_mismatch"
  | "meeting.previous_minutes_not_earlier"
  | "meeting.previous_minutes_other_body"
  | "meeting.previous_minutes_unnamed"
  | "meeting.role_unresolved"
  | "meeting.self_deputy"
  | "meeting.standing_item_missing"
  | "meeting.substitute_without_seat"
  | "meeting.two_deputies_for_one_member"
  | "meeting.yearly_report_late"
  | "record.blank_text"
  | "risk.closed_without_date"
  | "risk.closed_without_reason"
  | "risk.current_differs_from_history"
  | "risk.current_worse_than_inherent"
  | "risk.deferred_without_revisit"
  | "risk.history_after_as_of"
  | "risk.history_out_of_order"
  | "risk.history_score_differs"
  | "risk.history_without_score"
  | "risk.invalid_matrix"
  | "risk.not_escalated"
  | "risk.out_of_matrix"
  | "risk.review_overdue"
  | "risk.stated_count_differs"
  | "risk.stated_direction_differs"
  | "risk.stated_heat_map_differs"
  | "risk.target_date_passed"
  | "risk.target_worse_than_current"
  | "risk.top_band_review_too_far"
  | "risk.top_band_without_controls"
  | "risk.top_band_without_owner"
  | "risk.unknown_action"
  | "scorecard.arrow_contradicts_movement"
  | "scorecard.duplicate_period"
  | "scorecard.off_calendar"
  | "scorecard.percent_out_of_range"
  | "scorecard.quoted_change_differs"
  | "scorecard.rank_out_of_group"
  | "scorecard.rate_without_population"
  | "scorecard.recorded_rag_differs"
  | "scorecard.target_wrong_side"
  | "scorecard.value_mismatch";

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

/**
 * The version of a board document that may be published: every confidential minute item keeps its number, kind and time but loses its title, text, decisions and papers; each edited meeting carries what was withheld as `redactions`.
 * @throws {BoardkitError} when `doc` is not a board document.
 */
export declare function documentPublicVersion(doc: BoardDocumentInput): BoardDocument;

/**
 * The redaction ledger of a board document's public version: per meeting with anything withheld, how many items, decisions, actions, risks, attendees and declarations were withheld, the Schedule 12A paragraphs the paper gives and the review date; never the content (the entries the public version's meetings carry as `redactions`).
 * @throws {BoardkitError} when `doc` is not a board document.
 */
export declare function documentRedactionLedger(doc: BoardDocumentInput): Ledger;

/**
 * Run one rule fixture (the format of tests/conformance/README.md: a document, `as_of`, `profile`, `only`, `record`, `expect`) and return `{name, passed, missing, unexpected, findings}`, the same result as Rust and C give. The module reads no files: put the document itself in `document` (`document_file` is an error at `/document_file`).
 * @throws {BoardkitError} when the fixture is invalid (an unknown field, both or neither of document and document_file, a code outside the catalogue in `only`), with the JSON Pointer of the value.
 */
export declare function runFixture(fixture: Fixture): FixtureResult;

/**
 * Check one record (kind `action`, `risk`, `meeting`...) in the context of its board document, as a form does while the user types: only the findings about that record, with paths relative to it (`/due`; `""` for the record as a whole).
 * A record that is not well formed is not thrown: each shape problem is a finding (`shape.invalid`...) at its path in the record.
 * @throws {BoardkitError} at `/kind` or `/as_of` when they are not valid, `/context/...` when the document is not, and `/record/...` when the record's JSON cannot be read as any record (a key given twice, nesting deeper than 48 levels, a number that cannot be kept exactly).
 */
export declare function documentValidateRecord(request: ValidateRecordRequest): Report;

/**
 * Whether a meeting was quorate under its body's constitution: the meeting, its body and the quorum position (`quorum` null when the body has no constitution).
 * @throws {BoardkitError} at `/meeting` when the meeting or its body is not in the document.
 */
export declare function meetingQuorum(request: QuorumRequest): QuorumResponse;

/** The action log as of a date: every action with its status, due date and RAG. */
export declare function actionLog(request: LogRequest): ActionLog;

/** Actions not yet done as of a date. */
export declare function actionOpen(request: LogRequest): ActionList;

/** Open actions past their due day as of a date. */
export declare function actionOverdue(request: LogRequest): ActionList;

/** Open actions with no due date, or one that cannot be resolved. */
export declare function actionUndated(request: LogRequest): ActionList;

/** Actions completed, closed or superseded by a date. */
export declare function actionCompleted(request: LogRequest): ActionList;

/** Every action raised by a date with its RAG rating and the reason for it. */
export declare function actionRag(request: LogRequest): ActionList;

/** Counts of the action log by status, RAG and owner as of a date. */
export declare function actionSummary(request: LogRequest): Summary;

/** Actions whose due date was revised, with how often it slipped later. */
export declare function actionSlipped(request: LogQueryRequest): Slipped[];

/** Actions completed after the due date in force, with the days late. */
export declare function actionLateCompletions(request: LogQueryRequest): LateCompletion[];

/** Open actions as of a date grouped by the owner in force. */
export declare function actionOpenByOwner(request: LogQueryRequest): OpenGroup[];

/** Open actions as of a date grouped by their owners' agency. */
export declare function actionOpenByAgency(request: LogQueryRequest): OpenGroup[];

/** Open actions falling due within a number of days of a date. */
export declare function actionDueWithin(request: DueWithinRequest): ActionList;

/** The matters-arising list carried forward from a meeting to the next. */
export declare function actionCarryForward(request: CarryForwardRequest): CarryForward;

/** One action's dated statuses, oldest first. */
export declare function actionHistory(request: HistoryRequest): ActionHistory;

/** The document with matters-arising statuses written into action histories. */
export declare function actionFlowMattersArising(request: FlowRequest): FlowResult;

/** The score and band of one likelihood and impact on a risk matrix. */
export declare function riskRate(request: RiskRateRequest): Placement;

/** A risk matrix laid out as a grid of scored, banded cells. */
export declare function riskGrid(request: GridRequest): GridResponse;

/** Every risk of a register rated as of a date. */
export declare function riskRatings(request: RegisterRequest): RatingsResponse;

/** How many live risks sit in each cell of the matrix as of a date. */
export declare function riskHeatMap(request: RegisterRequest): HeatMap;

/** Risks whose review is due or overdue, and deferred risks to revisit. */
export declare function riskReviews(request: ReviewRequest): ReviewList;

/** Risks at or above the escalation score. */
export declare function riskEscalations(request: EscalationRequest): EscalationList;

/** A summary of the register for a board paper. */
export declare function riskSummary(request: SummaryRequest): BoardSummary;

/** Every line a funder's decision pays (per area, then between boards), its central pots and total. */
export declare function budgetAllocateDecision(request: AllocateRequest): Allocated;

/** Each partner's contribution under a funding formula, summing exactly to the total. */
export declare function budgetApportion(request: ApportionRequest): ApportionResponse;

/** The budget statement of a year (income, spend, reserves, change on last year). */
export declare function budgetStatement(request: StatementRequest): Statement;

/** The budget statement of a board's year from a board document. */
export declare function budgetYearStatement(request: YearStatementRequest): Statement;

/** Read an amount typed into a form ("£298,700") as pence. */
export declare function budgetParseMoney(request: ParseMoneyRequest): MoneyText;

/** Write an amount of pence as a board writes it ("£298,700"). */
export declare function budgetFormatMoney(request: FormatMoneyRequest): MoneyText;

/** Check one scorecard's rules (paths relative to the scorecard). */
export declare function scorecardValidate(request: ValidateScorecardRequest): Report;

/** Each indicator's value, RAG, direction of travel and comparators for a period. */
export declare function scorecardSummarise(request: SummariseRequest): ScorecardSummary;

/** A count as a rate per 10,000 of a population, rounded once. */
export declare function scorecardRatePer10000(request: ScorecardRateRequestInput): RateResponse;

/** A part as a percentage of a total, rounded once. */
export declare function scorecardShareOfTotal(request: ShareRequest): ShareResponse;

/** The change and percent change between two values. */
export declare function scorecardChange(request: ChangeRequest): ChangeResponse;

/** The populations consistent with a published count and rate. */
export declare function scorecardInferPopulation(request: InferPopulationRequest): PopulationRange;

/** Whether an indicator improved, given its polarity. */
export declare function scorecardDirectionOfTravel(request: TravelRequest): Travel;

/** The RAG rating of a value against a target. */
export declare function scorecardRagRating(request: RagRequest): RagResponse;

/** Attendance of a body's meetings over a period, by agency and by member. */
export declare function reportAttendance(request: AttendanceRequest): AttendanceReport;

/** The working day so many working days after a date, in a nation's calendar. */
export declare function clockAddWorkingDays(request: AddWorkingDaysRequest): AddWorkingDaysResponse;

/** The clear days (and clear working days) between two events. */
export declare function clockClearDays(request: ClearDaysRequest): ClearDaysResponse;

/** The latest day that leaves so many clear days before an event. */
export declare function clockDueBy(request: DueByRequest): DueByResponse;

/** Whether a working-day clock has run out as of a date, and by how much. */
export declare function clockOverdue(request: OverdueRequest): OverdueResponse;

/** A nation's bank holidays in a year. */
export declare function clockBankHolidays(request: HolidaysRequest): HolidaysResponse;

/** A board document read once and kept in the module with its look-ups, for a host that
 * checks or queries it many times. Free it with `free()`; a board never freed is freed
 * when garbage-collected. */
export declare class Board {
  /**
   * Open a board from its document (an object, or its JSON text), read strictly.
   * @throws {BoardkitError} when it is not a board document.
   */
  constructor(doc: BoardDocumentInput | string);
  /** Check every governance rule on the board (as validateDocument). */
  validate(options?: ValidateOptions | null): Report;
  /**
   * Check one record against the board, as a form does while the user types: the findings documentValidateRecord gives with the board as the context. An action or meeting costs in proportion to the record and what it refers to, not to the board.
   * @throws {BoardkitError} at `/kind` or `/as_of` when the request is not well formed.
   */
  validateRecord(request: RecordRequest): Report;
  /**
   * Answer a question by name (`action_overdue`, `action_log`, `risk_ratings`, `report_attendance`...) given the rest of its request without the document (`{as_of}`): the answer of the one-shot function.
   * @throws {BoardkitError} at `""` for an unknown name, or at the path of a bad detail.
   */
  query(name: "action_log", params: Omit<LogRequest, "document">): ActionLog;
  query(name: "action_open", params: Omit<LogRequest, "document">): ActionList;
  query(name: "action_overdue", params: Omit<LogRequest, "document">): ActionList;
  query(name: "action_undated", params: Omit<LogRequest, "document">): ActionList;
  query(name: "action_completed", params: Omit<LogRequest, "document">): ActionList;
  query(name: "action_rag", params: Omit<LogRequest, "document">): ActionList;
  query(name: "action_summary", params: Omit<LogRequest, "document">): Summary;
  query(name: "action_due_within", params: Omit<DueWithinRequest, "document">): ActionList;
  query(name: "action_carry_forward", params: Omit<CarryForwardRequest, "document">): CarryForward;
  query(name: "action_history", params: Omit<HistoryRequest, "document">): ActionHistory;
  query(name: "action_flow_matters_arising", params?: Record<string, never> | null): FlowResult;
  query(name: "action_slipped", params: Omit<LogQueryRequest, "document">): Slipped[];
  query(name: "action_late_completions", params: Omit<LogQueryRequest, "document">): LateCompletion[];
  query(name: "action_open_by_owner", params: Omit<LogQueryRequest, "document">): OpenGroup[];
  query(name: "action_open_by_agency", params: Omit<LogQueryRequest, "document">): OpenGroup[];
  query(name: "meeting_quorum", params: Omit<QuorumRequest, "document">): QuorumResponse;
  query(name: "budget_year_statement", params: Omit<YearStatementRequest, "document">): Statement;
  query(name: "report_attendance", params: Omit<AttendanceRequest, "document">): AttendanceReport;
  query(name: "risk_ratings", params: Omit<RegisterRequest, "register">): RatingsResponse;
  query(name: "risk_heat_map", params: Omit<RegisterRequest, "register">): HeatMap;
  query(name: "risk_reviews", params: Omit<ReviewRequest, "register">): ReviewList;
  query(name: "risk_escalations", params: Omit<EscalationRequest, "register">): EscalationList;
  query(name: "risk_summary", params: Omit<SummaryRequest, "register">): BoardSummary;
  query(name: "public_version", params?: Record<string, never> | null): BoardDocument;
  /**
   * Add a record of a kind; gives its position in its list.
   * @throws {BoardkitError} at `/id` when one with its id is on the board, or at the path of a shape problem.
   */
  insert(kind: "organisation", record: Organisation): number;
  insert(kind: "person", record: Person): number;
  insert(kind: "body", record: BodyInput): number;
  insert(kind: "meeting", record: MeetingInput): number;
  insert(kind: "action", record: Action): number;
  insert(kind: "risk", record: Risk): number;
  insert(kind: "budget", record: BudgetInput): number;
  insert(kind: "scorecard", record: ScorecardInput): number;
  /**
   * Replace the record of a kind with the record's id; gives its position.
   * @throws {BoardkitError} at `/id` when there is none.
   */
  replace(kind: "organisation", record: Organisation): number;
  replace(kind: "person", record: Person): number;
  replace(kind: "body", record: BodyInput): number;
  replace(kind: "meeting", record: MeetingInput): number;
  replace(kind: "action", record: Action): number;
  replace(kind: "risk", record: Risk): number;
  replace(kind: "budget", record: BudgetInput): number;
  replace(kind: "scorecard", record: ScorecardInput): number;
  /**
   * Remove the record of a kind with an id (a budget's is `body|year`); gives the position it had.
   * @throws {BoardkitError} when there is none.
   */
  remove(kind: RecordKind, id: string): number;
  /** The board's document. */
  document(): BoardDocument;
  /** The board's document as JSON text, every number of extensions as written. */
  documentText(): string;
  /** JSON.stringify(board) writes the document. */
  toJSON(): BoardDocument;
  /** Free the board's memory in the module; a later call throws (code `board.freed`). Safe to call twice. */
  free(): void;
  /** Free the board (`using board = new Board(doc)`). */
  [Symbol.dispose](): void;
  /** How many boards are open in the module (opened and not yet freed): a host's leak check. */
  static openCount(): number;
}

// ---- records ----

/**
 * A finding the body has acknowledged: it knows of the anomaly (a date it knows is a
 * typing error) and agreed to keep the record as it is. The finding is then reported as
 * acknowledged rather than raised afresh.
 */
export interface Acknowledgement {
  /** Who agreed it (person id). */
  by: string;
  /** The rule's code. */
  code: string;
  /** The meeting at which it was agreed, if any. */
  meeting?: string | null;
  /** When. */
  on: Day;
  /** The JSON Pointer of the finding (`/actions/3/due`). */
  path: string;
  /** Why. */
  reason: string;
}

/** An action from the action log: one row of a minutes' action table and its history. */
export interface Action {
  /**
   * Who the status says acts or acted ("Actioned by X", "To be actioned at this
   * meeting by X"), when the minutes name someone.
   */
  actioned_by?: Owner | null;
  /** The date the action was completed, closed or superseded. */
  closed_on?: Day | null;
  /** What is to be done ("Action"). */
  description: string;
  /** The desired outcome, as minuted. */
  desired_outcome?: string | null;
  /**
   * When it is due ("By") as first set: a date, a month or a quarter (due by its last
   * day), "ongoing", a meeting, the next meeting of this body after the one that raised
   * it, or the next meeting of another named body; or none.
   */
  due?: Due | null;
  /** Host data kept through a round trip. */
  extensions?: {
    [key: string]: unknown;
  };
  /** Dated status changes, oldest first. */
  history?: StatusChange[];
  /** Host id. */
  id: string;
  /** The action this one was merged into, by id. */
  merged_into?: string | null;
  /** Milestones on the way. */
  milestones?: Milestone[];
  /** How success will be measured (a plan's outcome measures). */
  outcome_measures?: string[];
  /**
   * Owners that took the action over, oldest first; the owners in force on a date are
   * those of the latest change on or before it, else `owners`.
   */
  owner_changes?: OwnerChange[];
  /** Who is responsible ("Person/s responsible"): one or more people, roles or groups. */
  owners?: Owner[];
  /**
   * The meeting that raised the action (its date is the date the action was raised).
   * Absent for an action raised by a plan.
   */
  raised_at?: string | null;
  /**
   * The plan that raised the action (business plan, work plan, audit, review, serious
   * case review action plan), with its priority and objective.
   */
  raised_by?: PlanRef | null;
  /** The RAG rating the board itself records, shown beside the computed one. */
  recorded_rag?: ActionRag | null;
  /** The minute item the action came from (3.1, 4.2). Several actions may share one. */
  ref: string;
  /**
   * Later due dates, oldest first; the last is the one in force and `due` stays the
   * original. Each later one is a slip.
   */
  revised_due?: Revision[];
  /**
   * The current status where the host records one. When absent, the status is the
   * latest dated one (history, matters arising, `closed_on`), or open.
   */
  status?: Status | null;
  /**
   * The status as the board wrote it ("Actioned", "On-going", "Closed – see item 5").
   * When `status` is absent it is read from these words (see [`status_from_words`]).
   */
  status_text?: string | null;
  /** The action that replaced this one, by id. */
  superseded_by?: string | null;
}

/**
 * One action's dated statuses from its history, later meetings' matters arising and
 * its closing date, oldest first.
 */
export interface ActionHistory {
  /** The action's id. */
  action: string;
  /** Dated statuses, oldest first. */
  events: Event[];
  /** The date it was raised, when its meeting is known. */
  raised_on?: Day | null;
  /** Its status now (the recorded status, else the latest dated one, else open). */
  status: Status;
}

/** A list of actions as of a date (the answer of [`open`], [`overdue`], ...). */
export interface ActionList {
  /** The actions, in log order. */
  actions: LogEntry[];
  /** The date. */
  as_of: Day;
}

/** The whole log as of a date. */
export interface ActionLog {
  /** The date. */
  as_of: Day;
  /** Every action raised by the date, in log order. */
  entries: LogEntry[];
  /** Summary per owner and per status. */
  summary: Summary;
}

/** A RAG rating of one action as of a date (the rule is in the module documentation). */
export type ActionRag = "red" | "amber" | "green" | "complete";

/** Request for [`add_working_days`]. */
export interface AddWorkingDaysRequest {
  /**
   * The day the clock starts (the day of the meeting, of publication...); it is not
   * counted.
   */
  from: Day;
  /** Whose bank holidays to skip. */
  nation: Nation;
  /** How many working days to add (0 gives `from`). */
  working_days: number;
}

/** A date a clock gives. */
export interface AddWorkingDaysResponse {
  /** The date. */
  date: Day;
}

/** A one-off additional contribution on top of the formula. */
export interface Additional {
  /** The amount (negative for a refund). */
  amount: Money;
  /** What it is for. */
  description?: string | null;
  /** Organisation id. */
  organisation: string;
}

/** One row of the attendance-by-agency table. */
export interface AgencyAttendance {
  /** Seat-meetings attended (in person plus by deputy). */
  attended: number;
  /** Attended less than the threshold. */
  below_threshold: boolean;
  /** Of those, by deputies (or by a member of another row representing the agency). */
  by_deputy: number;
  /** Of those, by members in person. */
  in_person: number;
  /** Seat-meetings whose mark is blank or unknown (left out of `seat_meetings`). */
  not_recorded: number;
  /** Attended as a percentage of seat-meetings; absent when there were none. */
  percent?: Decimal | null;
  /** The agency or role. */
  row: RowKey;
  /** Seats x meetings held, less the seat-meetings not recorded. */
  seat_meetings: number;
  /** Seats. */
  seats: number;
}

/** An agenda item, numbered hierarchically (3, 3.1, 7.1.2) or continuously (253). */
export interface AgendaItem {
  /** Exempt from the public version of the minutes. */
  confidential?: boolean;
  /** Decisions. */
  decisions?: Decision[];
  /** Deferred to a later item ("item 9") or meeting. */
  deferred_to?: When | null;
  /**
   * The ground on which the item was taken with the press and public excluded, as the
   * paper records it (schema version 4).
   */
  exemption?: Exemption | null;
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
  /** The part of the meeting (`Meeting.parts`) the item was taken in. */
  part?: string | null;
  /** Presenters. */
  presenters?: PersonRef[];
  /** An earlier minute this one refers back to ("46 (29)": minute 29), as numbered. */
  refers_to?: string | null;
  /** Which standing item of the template this is, if any. */
  standing?: StandingItem | null;
  /** Title. */
  title: string;
}

/** An agenda item, numbered hierarchically (3, 3.1, 7.1.2) or continuously (253). */
export interface AgendaItemInput {
  /** Exempt from the public version of the minutes. */
  confidential?: boolean;
  /** Decisions. */
  decisions?: DecisionInput[];
  /** Deferred to a later item ("item 9") or meeting. */
  deferred_to?: When | null;
  /**
   * The ground on which the item was taken with the press and public excluded, as the
   * paper records it (schema version 4).
   */
  exemption?: Exemption | null;
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
  /** The part of the meeting (`Meeting.parts`) the item was taken in. */
  part?: string | null;
  /** Presenters. */
  presenters?: PersonRef[];
  /** An earlier minute this one refers back to ("46 (29)": minute 29), as numbered. */
  refers_to?: string | null;
  /** Which standing item of the template this is, if any. */
  standing?: StandingItem | null;
  /** Title. */
  title: string;
}

/** Request of [`allocate_decision`]: one funding decision. */
export interface AllocateRequest {
  /** The decision. */
  decision: FundingDecision;
}

/** What a decision pays: every line, the central pots and the total. */
export interface Allocated {
  /** The central pots' total. */
  central: Money;
  /** One line per recipient, in order. */
  lines: AllocationLine[];
  /** Lines plus central pots. */
  total: Money;
}

/** How a decision shares its money among the recipients. */
export type Allocation = {
  /** The amount per area. */
  amount: Money;
  kind: "per_area";
} | {
  /** The criteria and their weights, totalling 100%. */
  criteria: Criterion[];
  kind: "weighted";
  /** The pot, when the decision states it. */
  pot?: Money | null;
} | {
  kind: "agreed";
};

/** One recipient's computed line. */
export interface AllocationLine {
  /** The amount. */
  amount: Money;
  /** The amount split between the area's boards (by body id), when a split is given. */
  boards?: Share[];
  /** The recipient's body, when given. */
  body?: string | null;
  /** The recipient's index in `recipients`. */
  index: number;
}

/** How a chair or vice-chair came to the role. */
export type Appointment = "independent" | "elected" | "rotating";

/**
 * Request for [`apportion`]: a funding formula and, for formulas that share a total,
 * the total to share.
 */
export interface ApportionRequest {
  /** The formula. */
  formula: Formula;
  /**
   * The total to share, in pence. Required for shares, weights, equal, population,
   * board split and composite formulas; optional for fixed and uplift formulas, which
   * set their own total (when given it must agree).
   */
  total?: Money | null;
}

/** Each party's contribution under a formula. */
export interface ApportionResponse {
  /**
   * One share per party, in the order the formula lists them (a composite formula
   * lists its fixed sums first, then the remainder's parties).
   */
  shares: Share[];
  /** The total shared (equal to the sum of the shares, always). */
  total: Money;
}

/**
 * The direction arrow a scorecard prints beside a value, as printed (what it means
 * differs between scorecards, so it is kept, not interpreted).
 */
export type Arrow = "up" | "down" | "level";

/** A likelihood and an impact, each a level of the matrix's scales (1-based). */
export interface Assessment {
  /** Impact level. */
  impact: number;
  /** Likelihood level. */
  likelihood: number;
}

/** One person's attendance at one meeting. */
export interface Attendance {
  /**
   * A person present in their own right who also represented another member at the
   * same time (one person in two capacities): that member's person id.
   */
  also_deputy_for?: string | null;
  /** The role the person is recorded with at this meeting (chair for the day, observer). */
  capacity?: SpecialRole | null;
  /**
   * The mark in an attendance grid's cell ("Y", "D", "-"), read through the meeting's
   * `attendance_key`.
   */
  code?: string | null;
  /** For a deputy: the member (person id) they deputised for. */
  deputy_for?: string | null;
  /** Host data kept through a round trip. */
  extensions?: {
    [key: string]: unknown;
  };
  /** In attendance for these agenda items only (item numbers). */
  items?: string[];
  /** Free-text note. */
  note?: string | null;
  /**
   * For a deputy whose member is not named: the agency they represented. For a
   * member present in their own right: an agency they also represented with no
   * principal named (a grid's "R"); they count present for their own seat and the
   * agency counts represented.
   */
  organisation?: string | null;
  /**
   * The person; empty when the paper does not name them: a deputy known only by whom
   * they stood in for ("D = Deputy attended in place"), or a shared seat's mark that
   * does not say which holder attended (then `seat` is given).
   */
  person?: string;
  /**
   * For a deputy whose member is not named: the seat (`Body.named_seats`) they sat
   * in; for a substitute: the vacant seat.
   */
  seat?: string | null;
  /** How they attended. */
  status: AttendanceStatus;
}

/**
 * How complete the paper's attendance record is. Rules that need a full list (a
 * presenter not recorded, quorum, attendance percentages) run only on `full` and `grid`.
 */
export type AttendanceRecord = "full" | "apologies_only" | "not_recorded" | "partial" | "grid";

/** The attendance report for a body over a period. */
export interface AttendanceReport {
  /**
   * One row per agency or role: roles first, then organisations in seat-allocation and
   * membership order.
   */
  agencies: AgencyAttendance[];
  /** The agency rows below the threshold. */
  below_threshold: RowKey[];
  /** The body. */
  body: string;
  /** First day of the period. */
  from: Day;
  /** Their ids, in date order. */
  meetings: string[];
  /** Number of meetings held with attendance recorded (the denominator). */
  meetings_held: number;
  /** One row per member, in membership order. */
  members: MemberAttendance[];
  /**
   * Meetings in the period that took place but whose paper does not record full
   * attendance (none, or apologies only); they are not counted, so nobody is shown
   * absent from them.
   */
  not_recorded?: string[];
  /** The threshold used. */
  threshold_percent: Decimal;
  /** Last day of the period. */
  to: Day;
}

/** Request for [`attendance`]. */
export interface AttendanceRequest {
  /** The body (board, sub-group) whose meetings are counted. */
  body: string;
  /** The board document. */
  document: BoardDocumentInput;
  /** First day of the period (2016-04-01). */
  from: Day;
  /** Decimal places for percentages (0 to 9; 0 unless set). */
  places?: number;
  /**
   * Rows attending less than this percentage of their seat-meetings are flagged.
   * Unless set: the body constitution's attendance threshold, else 75.
   */
  threshold_percent?: Decimal | null;
  /** Last day of the period (2017-03-31). */
  to: Day;
}

/** How a person was at a meeting. */
export type AttendanceStatus = "present" | "apologies" | "deputy" | "in_attendance" | "minute_taker" | "absent" | "unknown" | "substitute" | "observer";

/**
 * A band: every score from `min` to `max` inclusive gets `rating`. A matrix may have any
 * number of bands, each with its own label and colour; `rating` maps each band to the
 * red/amber/green (or four-band) rating the rules and summaries use, so two bands may
 * share a rating.
 */
export interface Band {
  /**
   * The band's own colour as the register shows it ("Red", "Dark green", "#c00000"),
   * when it names one; `rating` is the RAG the band maps to.
   */
  colour?: string | null;
  /** The council's own name for the band ("High", "Significant"...), if it has one. */
  label?: string | null;
  /** Highest score in the band (inclusive). */
  max: number;
  /** Lowest score in the band. */
  min: number;
  /** The rating the band gives. */
  rating: Rating;
  /**
   * The management response the register prescribes for the band ("management must
   * act now").
   */
  response?: string | null;
}

/** Number of live risks per band. */
export interface BandCount {
  /** Index of the band in the matrix. */
  band: number;
  /** Live risks in it. */
  count: number;
  /** Its own name, if any. */
  label?: string | null;
  /** Its rating. */
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
  /** The challenge log. */
  challenges?: Challenge[];
  /** Host data kept through a round trip. */
  extensions?: {
    [key: string]: unknown;
  };
  /** Funders' decisions, each paying one or many boards. */
  funding_decisions?: FundingDecision[];
  /** Meetings. */
  meetings: Meeting[];
  /** Partner agencies. */
  organisations: Organisation[];
  /** People. */
  people: Person[];
  /** The risk register. */
  risk_register?: RiskRegister | null;
  /**
   * [`SCHEMA_VERSION`] once read: a document of an earlier version (from
   * [`OLDEST_SCHEMA_VERSION`]) is upgraded as it is read, wherever it appears (on its
   * own or inside a request); any other version is a shape error.
   */
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
  budgets?: BudgetInput[];
  /** The challenge log. */
  challenges?: Challenge[];
  /** Host data kept through a round trip. */
  extensions?: {
    [key: string]: unknown;
  };
  /** Funders' decisions, each paying one or many boards. */
  funding_decisions?: FundingDecision[];
  /** Meetings. */
  meetings?: MeetingInput[];
  /** Partner agencies. */
  organisations?: Organisation[];
  /** People. */
  people?: Person[];
  /** The risk register. */
  risk_register?: RiskRegisterInput | null;
  /**
   * [`SCHEMA_VERSION`] once read: a document of an earlier version (from
   * [`OLDEST_SCHEMA_VERSION`]) is upgraded as it is read, wherever it appears (on its
   * own or inside a request); any other version is a shape error.
   */
  schema_version: number;
  /** Performance scorecards. */
  scorecards?: ScorecardInput[];
}

/** A board's share of a joint payment, in basis points. */
export interface BoardShare {
  /** The share in basis points (5,000 is half). */
  basis_points: number;
  /** Body id (this board or the other board of the joint arrangement). */
  body: string;
}

/** A summary of the register for a board paper. */
export interface BoardSummary {
  /** Those risks. */
  above_threshold: RiskRating[];
  /** The date of the paper. */
  as_of: Day;
  /** Live risks by band, most serious band first. */
  by_band: BandCount[];
  /** Risks raised on or before the date, by status (as recorded now). */
  by_status: StatusCounts;
  /** Live risks by direction of travel. */
  directions: DirectionCounts;
  /** Live risks at or above the escalation threshold, highest first. */
  escalation_threshold: number;
  /** Plain sentences for the paper (numbers and ratings only, no free text). */
  lines: string[];
  /** Live risks. */
  live: number;
  /** Reviews overdue and due, deferred risks. */
  reviews: ReviewList;
  /** Live risks with no score in force. */
  unscored: number;
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
  /**
   * Other names and kinds the body has borne, each with the dates it was in force
   * where the paper gives them: a board that became a partnership ("Barnet LSCB"
   * until 28 September 2019, a safeguarding children partnership from the next
   * day). `name` and `kind` hold on every day no dated entry covers; see
   * [`Body::name_on`] and [`Body::kind_on`].
   */
  history?: BodyStage[];
  /** Host id. */
  id: string;
  /** Kind of body. */
  kind: BodyKind;
  /** Membership. */
  members?: Member[];
  /** Name. */
  name: string;
  /** Named seats: a seat that changes hands, is shared by two people, or is vacant. */
  named_seats?: Seat[];
  /** The bodies this one reports to (a joint group may report to two boards). */
  reports_to?: string[];
  /** Seats per organisation. */
  seats?: SeatAllocation[];
  /**
   * What the body keeps for the statutory duties (its register of interests), where
   * recorded (schema version 5).
   */
  statutory?: BodyStatutory | null;
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
  /**
   * Other names and kinds the body has borne, each with the dates it was in force
   * where the paper gives them: a board that became a partnership ("Barnet LSCB"
   * until 28 September 2019, a safeguarding children partnership from the next
   * day). `name` and `kind` hold on every day no dated entry covers; see
   * [`Body::name_on`] and [`Body::kind_on`].
   */
  history?: BodyStage[];
  /** Host id. */
  id: string;
  /** Kind of body. */
  kind: BodyKind;
  /** Membership. */
  members?: Member[];
  /** Name. */
  name: string;
  /** Named seats: a seat that changes hands, is shared by two people, or is vacant. */
  named_seats?: Seat[];
  /** The bodies this one reports to (a joint group may report to two boards). */
  reports_to?: string[];
  /** Seats per organisation. */
  seats?: SeatAllocation[];
  /**
   * What the body keeps for the statutory duties (its register of interests), where
   * recorded (schema version 5).
   */
  statutory?: BodyStatutory | null;
}

/** The kind of a governance body. */
export type BodyKind = "board" | "executive" | "sub_group" | "task_and_finish_group" | "joint_board" | "safeguarding_children_partnership" | "safeguarding_adults_board" | "community_safety_partnership" | "health_and_wellbeing_board" | "council_committee" | "cabinet" | "council";

/** A role on a body that minutes use in place of a name ("The Chair"). */
export type BodyRole = "chair";

/** A name (and kind) a body bore for a period. */
export interface BodyStage {
  /** Host data kept through a round trip. */
  extensions?: {
    [key: string]: unknown;
  };
  /** The first day of the period, where the paper gives it. */
  from?: Day | null;
  /**
   * The kind in this period, where it differs from the body's `kind` (a board that
   * became a partnership). Absent: the body's `kind`.
   */
  kind?: BodyKind | null;
  /** The name in this period, as papers of the time write it ("Barnet LSCB"). */
  name: string;
  /** The last day of the period, where the paper gives it. */
  until?: Day | null;
}

/**
 * What a body keeps for the statutory duties (schema version 5): its register of
 * interests and its yearly reports, where the document holds them.
 */
export interface BodyStatutory {
  /**
   * The partnership's funding arrangements (its budget), each with the partners'
   * sign-offs (schema version 7).
   */
  funding_arrangements?: PartnerArrangement[];
  /**
   * The body's register of members' interests; absent when the document does not
   * hold it (an empty list is a register with no entries).
   */
  interests_register?: RegisteredInterest[] | null;
  /**
   * A safeguarding children partnership's lead safeguarding partners (schema
   * version 7): the local authority, the integrated care board and the chief officer
   * of police, where the document records them.
   */
  lead_partners?: LeadPartner[];
  /**
   * The partnership's independent scrutiny arrangements, each with the partners'
   * sign-offs (schema version 7).
   */
  scrutiny_arrangements?: PartnerArrangement[];
  /** The body's yearly (annual) reports, where the document lists them. */
  yearly_reports?: YearlyReport[];
}

/** A board's budget for one financial year. */
export interface Budget {
  /** One-off additional contributions on top of the formula. */
  additional?: Additional[];
  /**
   * The baseline budget the funding formula shares among partners (£298,700). Absent
   * when the paper records no formula (nothing is shared). Never below zero.
   */
  baseline?: Money;
  /** Body id of the board whose budget this is. */
  body: string;
  /** Carried forward from last year (negative: a deficit brought in). */
  brought_forward?: Money;
  /**
   * A partner's cash cut by more than this on last year (basis points) is flagged;
   * default [`DEFAULT_CUT_WARNING_BASIS_POINTS`] (10%).
   */
  cut_warning_basis_points?: number | null;
  /** Expenditure lines. */
  expenditure?: ExpenditureLine[];
  /** Host data kept through a round trip. */
  extensions?: {
    [key: string]: unknown;
  };
  /**
   * How partners share the baseline. Absent when the paper records no formula (an
   * empty list of agreed amounts: contributions are then the joint payments and
   * one-off contributions only).
   */
  formula?: Formula;
  /** In-kind contributions (venues, administration, staff time): valued, never cash. */
  in_kind?: InKind[];
  /**
   * Payments a partner makes once for two boards, split between them; this board's
   * share is cash income from that partner.
   */
  joint_payments?: JointPayment[];
  /** Reserves (for example for serious case reviews). */
  reserves?: Reserve[];
  /** Total budgeted expenditure as the budget paper states it; checked against the lines. */
  stated_total_expenditure?: Money | null;
  /** Total cash income as the budget paper states it; checked against the lines. */
  stated_total_income?: Money | null;
  /** The financial year ("2016/17"). */
  year: FinancialYear;
}

/** A board's budget for one financial year. */
export interface BudgetInput {
  /** One-off additional contributions on top of the formula. */
  additional?: Additional[];
  /**
   * The baseline budget the funding formula shares among partners (£298,700). Absent
   * when the paper records no formula (nothing is shared). Never below zero.
   */
  baseline?: Money;
  /** Body id of the board whose budget this is. */
  body: string;
  /** Carried forward from last year (negative: a deficit brought in). */
  brought_forward?: Money;
  /**
   * A partner's cash cut by more than this on last year (basis points) is flagged;
   * default [`DEFAULT_CUT_WARNING_BASIS_POINTS`] (10%).
   */
  cut_warning_basis_points?: number | null;
  /** Expenditure lines. */
  expenditure?: ExpenditureLine[];
  /** Host data kept through a round trip. */
  extensions?: {
    [key: string]: unknown;
  };
  /**
   * How partners share the baseline. Absent when the paper records no formula (an
   * empty list of agreed amounts: contributions are then the joint payments and
   * one-off contributions only).
   */
  formula?: Formula;
  /** In-kind contributions (venues, administration, staff time): valued, never cash. */
  in_kind?: InKind[];
  /**
   * Payments a partner makes once for two boards, split between them; this board's
   * share is cash income from that partner.
   */
  joint_payments?: JointPayment[];
  /** Reserves (for example for serious case reviews). */
  reserves?: ReserveInput[];
  /** Total budgeted expenditure as the budget paper states it; checked against the lines. */
  stated_total_expenditure?: Money | null;
  /** Total cash income as the budget paper states it; checked against the lines. */
  stated_total_income?: Money | null;
  /** The financial year ("2016/17"). */
  year: FinancialYear;
}

/** The matters-arising list for the meeting after a given one. */
export interface CarryForward {
  /** The date the statuses are judged at. */
  as_of: Day;
  /**
   * One entry per action of the body raised at this meeting or earlier and still open
   * as of the date, with its current status, in log order; ready to be the next
   * meeting's `matters_arising`.
   */
  matters_arising: MatterArising[];
  /** The meeting whose actions are carried forward. */
  meeting: string;
  /** The next meeting of the body, when the document has one. */
  next_meeting?: string | null;
}

/** A request for the matters-arising list that follows a meeting. */
export interface CarryForwardRequest {
  /**
   * The date to judge which actions are still open (usually the day the next
   * meeting's papers go out; never the system clock).
   */
  as_of: Day;
  /** The board document. */
  document: BoardDocumentInput;
  /** The meeting whose actions are carried forward. */
  meeting: string;
}

/** Money kept back from the recipients: a central pot released on proposal. */
export interface CentralPot {
  /** The amount. */
  amount: Money;
  /** What it is for and how it is released, as the decision words it. */
  description?: string | null;
  /** The organisation that holds it, by id. */
  holder?: string | null;
}

/** One entry of a board's challenge log. */
export interface Challenge {
  /** Actions raised on it (by id). */
  actions?: string[];
  /** The body whose log it is (by id). */
  body?: string | null;
  /** The organisation challenged (by id). */
  challenged?: string | null;
  /** The person challenged (by id). */
  challenged_person?: string | null;
  /** The day it was closed. */
  closed_on?: Day | null;
  /** The challenge as put. */
  description?: string | null;
  /** When a response is due: a date, a month, a quarter, within days of raising it... */
  due?: Due | null;
  /** Host data kept through a round trip. */
  extensions?: {
    [key: string]: unknown;
  };
  /** The host's id. */
  id: string;
  /** The meeting it was raised at (by id). */
  raised_at?: string | null;
  /** The person who raised it (by id). */
  raised_by?: string | null;
  /** The organisation that raised it (by id). */
  raised_by_organisation?: string | null;
  /** The day it was raised. */
  raised_on?: Day | null;
  /** The day the agency responded. */
  responded_on?: Day | null;
  /** The agency's response. */
  response?: string | null;
  /** Where it stands. */
  status?: ChallengeStatus;
  /** The matter challenged, in a few words. */
  subject?: string | null;
}

/** Where a challenge stands. */
export type ChallengeStatus = "open" | "responded" | "closed" | "escalated" | "not_recorded";

/** Request for [`change`]. */
export interface ChangeRequest {
  /** The later value. */
  current: Decimal;
  /** Decimal places for the percent change (0 to 9). */
  places?: number;
  /** The earlier value. */
  previous: Decimal;
}

/** A change between two values. */
export interface ChangeResponse {
  /** `current - previous`, exact. */
  change: Decimal;
  /**
   * `(current - previous) * 100 / |previous|`, rounded half away from zero at
   * `places`; absent when the previous value is zero.
   */
  percent_change?: Decimal | null;
}

/** Request for [`clear_days`]. */
export interface ClearDaysRequest {
  /** The first event (papers sent out, a notice published). */
  from: Day;
  /** Whose bank holidays to skip for the working-day count. */
  nation: Nation;
  /** The second event (the meeting), on or after `from`. */
  to: Day;
}

/** The whole days between two events. */
export interface ClearDaysResponse {
  /** Days strictly between the two dates (neither event's day counts). */
  clear_days: number;
  /** Of those, the working days. */
  clear_working_days: number;
}

/** A comparator value (national, regional, statistical neighbours) for a period. */
export interface Comparator {
  /** The distance from the group average as printed, in percent (unsigned). */
  distance_percent?: Decimal | null;
  /** Host data kept through a round trip. */
  extensions?: {
    [key: string]: unknown;
  };
  /** How many members the group has. */
  group_size?: number | null;
  /** Who the comparison is with. */
  kind: ComparatorKind;
  /** The period compared. */
  period: YearMonth;
  /** Where our figure sits against the group's control limits (Above / Inline / Below). */
  position?: ControlPosition | null;
  /** Our rank the period before, when printed ("9 (10)"). */
  previous_rank?: number | null;
  /** Our rank in the group (1 = the lowest value). */
  rank?: number | null;
  /**
   * Where our figure stands, when the source states only that ("the rate remains
   * higher than the national average"). Ignored when `value` is given.
   */
  stated?: Relation | null;
  /** The comparator's value, when published. */
  value?: Decimal | null;
}

/** Who a figure is compared with. */
export type ComparatorKind = "national" | "regional" | "statistical_neighbours" | "peer_group" | "benchmark";

/** Where one indicator stands against one comparator. */
export interface ComparatorStanding {
  /** Who the comparison is with. */
  kind: ComparatorKind;
  /** The period compared. */
  period: YearMonth;
  /**
   * Better, same or worse, given the polarity; absent when our value for that period
   * is not recorded.
   */
  standing?: Standing | null;
  /** The comparator's value, if published. */
  value?: Decimal | null;
}

/** The constitution of a body: quorum, agenda template and rule profile. */
export interface Constitution {
  /** Findings the body has acknowledged (a known anomaly it has agreed to keep). */
  acknowledgements?: Acknowledgement[];
  /**
   * The nation whose law governs the body's meetings, where recorded (schema
   * version 5): it picks the Schedule 12A numbering and the bank holidays.
   */
  nation?: LawNation | null;
  /** The quorum rule. */
  quorum: Quorum;
  /** Rules whose severity the body overrides or which it switches off, with a reason. */
  rule_settings?: RuleSetting[];
  /** Standing items every meeting's agenda should have ("to prevent delay and drift"). */
  standing_items?: StandingItem[];
  /** Thresholds the constitution sets in place of boardkit's defaults. */
  thresholds?: Thresholds;
}

/** The constitution of a body: quorum, agenda template and rule profile. */
export interface ConstitutionInput {
  /** Findings the body has acknowledged (a known anomaly it has agreed to keep). */
  acknowledgements?: Acknowledgement[];
  /**
   * The nation whose law governs the body's meetings, where recorded (schema
   * version 5): it picks the Schedule 12A numbering and the bank holidays.
   */
  nation?: LawNation | null;
  /** The quorum rule. */
  quorum?: Quorum;
  /** Rules whose severity the body overrides or which it switches off, with a reason. */
  rule_settings?: RuleSetting[];
  /** Standing items every meeting's agenda should have ("to prevent delay and drift"). */
  standing_items?: StandingItem[];
  /** Thresholds the constitution sets in place of boardkit's defaults. */
  thresholds?: Thresholds;
}

/**
 * A control in place: its text, or its text with how well it works.
 *
 * JSON: `"Monthly budget monitoring"` or `{"description": "...", "effectiveness":
 * "partly_effective"}`.
 */
export type Control = string | {
  /** What the control is. */
  description: string;
  /** How well it works. */
  effectiveness?: Effectiveness | null;
};

/** Where a figure sits against a peer group's control limits. */
export type ControlPosition = "above" | "inline" | "below";

/** Counts for one owner. */
export interface Counts {
  /** Completed, closed or superseded. */
  done: number;
  /** Not completed, closed or superseded. */
  open: number;
  /** Overdue. */
  overdue: number;
  /** Actions raised by the date. */
  total: number;
  /** Open with no due date (or one that cannot be resolved). */
  undated: number;
}

/** A criterion of a weighted formula. */
export interface Criterion {
  /** Its weight in basis points (2,000 is 20%). */
  basis_points: number;
  /** Host id, used by the recipients' measures. */
  id: string;
  /** What it measures, as the decision words it ("Resident population"). */
  name: string;
}

/** How the meeting's date is known. */
export type DateBasis = "stated" | "inferred" | "not_before";

/** Which days a clear-day period counts. */
export type DayCount = "calendar_days" | "working_days";

/** A decimal number, as a JSON number or a string such as "80.5" (at most 9 decimal places) */
export type Decimal = number | string;

/** A decision recorded under an agenda item. */
export interface Decision {
  /**
   * Executive or key decision, call-in and the elements of its written record, where
   * recorded (schema version 5).
   */
  access?: DecisionAccess | null;
  /** The actions (ids in the action log) the decision created. */
  actions?: string[];
  /**
   * When it is due, in the same forms as an action's due (a date, a month, a quarter,
   * a run of months, a financial year, days after the meeting, ongoing, regularly, a
   * future meeting, a meeting, the next meeting, the next meeting of another body).
   */
  due?: Due | null;
  /** Host data kept through a round trip. */
  extensions?: {
    [key: string]: unknown;
  };
  /** Agreed, resolved or noted. */
  kind: DecisionKind;
  /** Its label as minuted, without brackets: "a", "iv", "3". */
  letter?: string | null;
  /** "Action by" (one person; see `owners` for any other kind or several). */
  owner?: PersonRef | null;
  /**
   * Owners of every kind an action owner has (person, initials, role, group), the lead
   * first ("Action by: ROLE (I. SURNAME)" then a supporting owner).
   */
  owners?: Owner[];
  /** Who proposed it, where minuted. */
  proposer?: PersonRef | null;
  /** Who seconded it, where minuted. */
  seconder?: PersonRef | null;
  /**
   * Minuted in a separate block of its own (a "Decision:" block after the minute
   * text), numbered apart from the item's other decisions.
   */
  separate_block?: boolean;
  /** The decision text. */
  text: string;
  /** The vote, where minuted. */
  vote?: Vote | null;
}

/** A decision recorded under an agenda item. */
export interface DecisionInput {
  /**
   * Executive or key decision, call-in and the elements of its written record, where
   * recorded (schema version 5).
   */
  access?: DecisionAccess | null;
  /** The actions (ids in the action log) the decision created. */
  actions?: string[];
  /**
   * When it is due, in the same forms as an action's due (a date, a month, a quarter,
   * a run of months, a financial year, days after the meeting, ongoing, regularly, a
   * future meeting, a meeting, the next meeting, the next meeting of another body).
   */
  due?: Due | null;
  /** Host data kept through a round trip. */
  extensions?: {
    [key: string]: unknown;
  };
  /** Agreed, resolved or noted. */
  kind: DecisionKind;
  /** Its label as minuted, without brackets: "a", "iv", "3". */
  letter?: string | null;
  /** "Action by" (one person; see `owners` for any other kind or several). */
  owner?: PersonRef | null;
  /**
   * Owners of every kind an action owner has (person, initials, role, group), the lead
   * first ("Action by: ROLE (I. SURNAME)" then a supporting owner).
   */
  owners?: Owner[];
  /** Who proposed it, where minuted. */
  proposer?: PersonRef | null;
  /** Who seconded it, where minuted. */
  seconder?: PersonRef | null;
  /**
   * Minuted in a separate block of its own (a "Decision:" block after the minute
   * text), numbered apart from the item's other decisions.
   */
  separate_block?: boolean;
  /** The decision text. */
  text: string;
  /** The vote, where minuted. */
  vote?: VoteInput | null;
}

/**
 * What the access-to-information rules for executive decisions ask a decision to
 * record (schema version 5): whether it is an executive or key decision, when its
 * decision notice was published and when it was implemented, whether it is exempt
 * from call-in, and the elements of its written record.
 */
export interface DecisionAccess {
  /** The alternative options considered and rejected, as recorded ("None" is a record). */
  alternatives_rejected?: string | null;
  /** The decision is exempt from call-in (taken as urgent under the constitution). */
  call_in_exempt?: boolean;
  /**
   * Whether a member of the decision-making body declared a conflict of interest in
   * the matter (absent: the record does not say).
   */
  conflict_declared?: boolean | null;
  /**
   * The day the decision was made, when the record states it (else the meeting's
   * date stands for it).
   */
  decided_on?: Day | null;
  /**
   * For a declared conflict, whether a dispensation was granted (absent: the record
   * does not say).
   */
  dispensation_granted?: boolean | null;
  /** An executive decision: its written record must hold the elements below. */
  executive?: boolean;
  /** The day the decision was put into effect, where recorded. */
  implemented_on?: Day | null;
  /**
   * A key decision (an executive decision of significant cost or effect): subject to
   * call-in as well.
   */
  key?: boolean;
  /** The day the decision notice was published (the call-in period runs from it). */
  notice_published?: Day | null;
  /** The reasons for the decision, as recorded. */
  reasons?: string | null;
}

/** The kind of a decision. */
export type DecisionKind = "agreed" | "resolved" | "noted" | "decision";

/** A declaration of interest. */
export interface Declaration {
  /**
   * The member holds a dispensation to take part despite the interest (schema
   * version 5).
   */
  dispensation?: boolean;
  /** The agenda item number it concerns. */
  item: string;
  /** The kind of interest, where the record says it (schema version 5). */
  kind?: InterestKind | null;
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
  /**
   * The member holds a dispensation to take part despite the interest (schema
   * version 5).
   */
  dispensation?: boolean;
  /** The agenda item number it concerns. */
  item: string;
  /** The kind of interest, where the record says it (schema version 5). */
  kind?: InterestKind | null;
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

/** A deferred risk and when the board means to revisit it. */
export interface DeferredItem {
  /** The risk's id. */
  id: string;
  /** Its index in the register. */
  index: number;
  /** When it is to be revisited, as recorded. */
  revisit?: When | null;
}

/** Number of live risks per direction of travel. */
export interface DirectionCounts {
  /** Score went down. */
  down: number;
  /** First assessment. */
  new: number;
  /** Score unchanged. */
  unchanged: number;
  /** Score went up. */
  up: number;
}

/** A date YYYY-MM-DD, a month YYYY-MM, a quarter 2017-Q3 or 2017/18-Q3, {"months": [first, last]}, {"financial_year": "2012/13"}, {"within_days": n}, "ongoing", "regularly", "future_meeting", "next_meeting", {"meeting": id} or {"next_meeting_of": body id} */
export type Due = Day | Month | `${number}-Q${1 | 2 | 3 | 4}` | `${number}/${number}-Q${1 | 2 | 3 | 4}` | "ongoing" | "regularly" | "future_meeting" | "next_meeting" | {
  months: Month[];
} | {
  financial_year: string;
} | {
  within_days: number;
} | {
  meeting: string;
} | {
  next_meeting_of: string;
};

/** Request for [`due_by`]. */
export interface DueByRequest {
  /** How many clear days must be left before it. */
  clear_days: number;
  /** Whether every day counts or only working days. */
  count: DayCount;
  /** The event the period runs up to (the meeting). */
  event: Day;
  /** Whose bank holidays to skip. */
  nation: Nation;
}

/** The latest day something can be done and still leave the clear days asked for. */
export interface DueByResponse {
  /** The latest day that leaves the clear days (it may fall at a weekend). */
  due_by: Day;
  /** The last working day on or before `due_by` (when the office is open). */
  last_working_day: Day;
}

/** A query for actions falling due within a window. */
export interface DueWithinRequest {
  /** The start of the window (never the system clock). */
  as_of: Day;
  /** The window: actions due from `as_of` to `as_of` + `days`, inclusive. */
  days: number;
  /** The board document. */
  document: BoardDocumentInput;
}

/** How the funder shared the money in earlier years, as the decision recounts it. */
export interface EarlierMethod {
  /** A base amount each recipient received under it, when stated. */
  base_amount?: Money | null;
  /** The first year of the method, when stated. */
  from?: FinancialYear | null;
  /** The method, as the decision words it. */
  method: string;
  /** The last year of the method, when stated. */
  to?: FinancialYear | null;
}

/** How well a control works, as the register judges it. */
export type Effectiveness = "effective" | "partly_effective" | "ineffective" | "not_assessed";

/** Response of [`escalations`]. */
export interface EscalationList {
  /** The date judged as of. */
  as_of: Day;
  /** Live risks scoring at or above the threshold, highest score first. */
  risks: RiskRating[];
  /** The threshold used. */
  threshold: number;
}

/** Request for [`escalations`]. */
export interface EscalationRequest {
  /** The date to judge it as of. */
  as_of: Day;
  /** The register. */
  register: RiskRegisterInput;
  /** Threshold score (at or above it is escalated); the register's own when absent. */
  threshold?: number | null;
}

/** One dated status of an action. */
export interface Event {
  /** When the status was recorded. */
  date: Day;
  /** The meeting where it was recorded, if any. */
  meeting?: string | null;
  /** Progress note, if any. */
  note?: string | null;
  /**
   * JSON Pointer to the record of it (`/actions/3/history/1`,
   * `/meetings/2/matters_arising/0`, `/actions/3/closed_on`).
   */
  path: string;
  /** Where the status was recorded. */
  source: Source;
  /** The status from that date. */
  status: Status;
}

/**
 * The ground for excluding the press and public from an item or part, as minuted: the
 * paragraph of Schedule 12A to the Local Government Act 1972 ("exempt under paragraph
 * 2": information likely to reveal the identity of an individual) and the date by which
 * the exemption is to be reviewed. A public version prints both, never the content.
 */
export interface Exemption {
  /** The paragraph of Schedule 12A (1 to 7 for England; Wales numbers its own 12 to 18). */
  paragraph?: number | null;
  /**
   * Why the public interest in keeping the information exempt outweighs the public
   * interest in disclosing it, as the report or minutes state it (schema version 5).
   */
  public_interest?: string | null;
  /** The date by which the exemption is to be reviewed, when given. */
  review_by?: Day | null;
}

/** One expected finding: its code, and its path and severity when given. */
export interface Expectation {
  /** The rule's code. */
  code: string;
  /** The JSON Pointer of the finding, when it must match. */
  path?: string | null;
  /** The finding's severity, when it must match. */
  severity?: Severity | null;
}

/** A heading of spending. */
export interface ExpenditureLine {
  /** Actually spent (absent until known). */
  actual?: Money | null;
  /** Budgeted for the year. */
  budgeted: Money;
  /** The heading ("Staffing", "Serious case reviews"). */
  heading: string;
}

/** One rule that gave no finding, and why. */
export interface Explanation {
  /** The rule's code. */
  code: string;
  /** For `not_evidenced`: the requirement not met (schema field patterns, or `@as_of`). */
  needs?: string | null;
  /** Why it gave no finding. */
  outcome: Outcome;
  /** What the paper must record for the rule to apply (the premise's text). */
  premise: string;
  /** For `switched_off`: the JSON Pointer of the body's rule setting that did. */
  setting?: string | null;
}

/** A financial year, 1 April to 31 March, e.g. "2016/17". */
export type FinancialYear = `${number}/${number}`;

/** One broken rule at one place in a record. */
export interface Finding {
  /**
   * The JSON Pointer of the body's acknowledgement of this finding
   * (`/bodies/0/constitution/acknowledgements/0`): a known anomaly the board agreed to
   * keep. An acknowledged error does not make the record invalid.
   */
  acknowledged?: string | null;
  /** The rule's stable code. */
  code: RuleCode | ErrorCode;
  /** Plain English; never quotes free text from the record. */
  message: string;
  /** JSON Pointer (RFC 6901) to the field the finding is about, e.g. `/actions/3/due`. */
  path: string;
  /**
   * The JSON Pointer of the body's rule setting that changed this finding's severity
   * (`/bodies/0/constitution/rule_settings/1`), when one did.
   */
  setting?: string | null;
  /** The rule's severity. */
  severity: Severity;
}

/** One fixture: a document, the date it is checked as of, and the findings expected. */
export interface Fixture {
  /** The date the document is checked as of. */
  as_of?: Day | null;
  /** The board document itself (schema_version 4)... */
  document?: {
    [key: string]: unknown;
  } | null;
  /** ...or the path of a file holding it, relative to the fixture file's folder. */
  document_file?: string | null;
  /** The findings expected. */
  expect: Expectation[];
  /** True: a finding no expectation matches is a failure. False: others are ignored. */
  expect_exactly?: boolean;
  /** Unique across the corpus (`"action.due_before_raised breaks"`). */
  name: string;
  /** Only these rules are reported (codes of the catalogue). */
  only?: string[] | null;
  /** Keys set on the constitution of every body before checking. */
  profile?: {
    [key: string]: unknown;
  } | null;
  /**
   * A form record (`{"kind": "action", ...}`) checked against the document as a
   * loaded board; its findings are compared instead of the document's.
   */
  record?: {
    [key: string]: unknown;
  } | null;
}

/** The result of one fixture. */
export interface FixtureResult {
  /** Every finding compared (within `only` when given), in the order of validation. */
  findings: Finding[];
  /** Expectations no finding matched. */
  missing: Expectation[];
  /** The fixture's name. */
  name: string;
  /**
   * True when every expectation matched a finding and (with `expect_exactly`) every
   * finding matched an expectation.
   */
  passed: boolean;
  /** Findings no expectation matched (only with `expect_exactly`). */
  unexpected: Unexpected[];
}

/** A request to write matters-arising statuses into the actions' histories. */
export interface FlowRequest {
  /** The board document. */
  document: BoardDocumentInput;
}

/** The document with matters-arising statuses written into action histories. */
export interface FlowResult {
  /** How many status changes were added. */
  added: number;
  /** The updated document. */
  document: BoardDocument;
}

/** Request for [`format_money`]. */
export interface FormatMoneyRequest {
  /** The amount in pence. */
  pence: Money;
}

/** A funding formula (see the module documentation for each kind). */
export type Formula = {
  /** The amounts. */
  amounts: PartnerAmount[];
  kind: "fixed";
} | {
  kind: "percentages";
  /** The shares. */
  shares: PartnerShare[];
} | {
  kind: "weights";
  /** The weights. */
  weights: PartnerWeight[];
} | {
  kind: "equal";
  /** Organisation ids. */
  partners: string[];
} | {
  kind: "population";
  /** The populations. */
  populations: PartnerPopulation[];
} | {
  /** The boards' shares. */
  boards: BoardShare[];
  kind: "board_split";
} | {
  /** The fixed sums. */
  fixed: PartnerAmount[];
  kind: "composite";
  /** How the remainder is shared. */
  remainder: Formula;
} | {
  /** The uplift in basis points (at least -10,000). */
  basis_points: number;
  kind: "uplift";
  /** Last year's contributions. */
  last_year: PartnerAmount[];
};

/**
 * How often an indicator is reported. Periods are named by their first month, on the
 * scorecard's calendar (see [`super::Scorecard::year_start_month`]).
 */
export type Frequency = "monthly" | "quarterly" | "annual";

/** A funder's decision paying many boards or partnerships. */
export interface FundingDecision {
  /** How the money is shared. */
  allocation: Allocation;
  /**
   * False when the decision says the formula was not applied in full (the funder used
   * discretion).
   */
  applied_in_full?: boolean | null;
  /**
   * Unspent money a recipient may carry into the next year (basis points of its
   * allocation), when the decision allows it.
   */
  carry_forward_limit_basis_points?: number | null;
  /** Money kept back in central pots. */
  central?: CentralPot[];
  /** Conditions on releasing the money, as worded. */
  conditions?: string[];
  /** Whether the record is confidential, when it says. */
  confidential?: boolean | null;
  /** The date of the decision. */
  date?: Day | null;
  /** Who took it, by person id. */
  decided_by?: string | null;
  /** The decision-maker's own declaration of interests, as signed. */
  declaration?: string | null;
  /** Earlier methods, oldest first. */
  earlier_methods?: EarlierMethod[];
  /** Host data kept through a round trip. */
  extensions?: {
    [key: string]: unknown;
  };
  /** The funder, by organisation id. */
  funder: string;
  /** Host id. */
  id: string;
  /**
   * Whether the record says it is a key decision ("Is Key decision?: Yes"); absent
   * when it does not say.
   */
  key_decision?: boolean | null;
  /** The lead officer, by person id. */
  lead_officer?: string | null;
  /** Limits on how fast it takes effect. */
  phasing?: Phasing | null;
  /** What the decision is for, as its "Purpose" or summary words it. */
  purpose?: string | null;
  /** The recipients, in the order the decision lists them. */
  recipients?: Recipient[];
  /** The funder's own reference ("OPC2-0325"). */
  reference?: string | null;
  /** The date the decision-maker signed it. */
  signed_on?: Day | null;
  /**
   * Subtotals the decision states over some of its recipients ("£320,000 for the 32
   * boroughs"); each is checked against the sum of the recipients it names.
   */
  stated_subtotals?: StatedSubtotal[];
  /**
   * Totals the decision states (a table's total, the financial implications' total);
   * each is checked against the computed total.
   */
  stated_totals?: Money[];
  /**
   * Where the decision stands, as the record states it ("Decision status:
   * Recommendations Approved" is approved).
   */
  status?: FundingDecisionStatus | null;
  /**
   * Whether the record says the decision is subject to call-in ("Is subject to call
   * in?: No"); absent when it does not say.
   */
  subject_to_call_in?: boolean | null;
  /** The decision's title. */
  title?: string | null;
  /** The financial year it funds. */
  year?: FinancialYear | null;
}

/** Where a funding decision stands, as its record states it. */
export type FundingDecisionStatus = "proposed" | "approved" | "approved_with_amendments" | "deferred" | "rejected" | "withdrawn" | "called_in";

/** One cell of the matrix grid. */
export interface GridCell {
  /** Index of its band. */
  band: number;
  /** Impact level. */
  impact: number;
  /** Likelihood level. */
  likelihood: number;
  /** Rating of its band. */
  rating: Rating;
  /** Score of the cell. */
  score: number;
}

/** Request for [`grid`]: a matrix configuration to check and lay out. */
export interface GridRequest {
  /** The matrix. */
  matrix: Matrix;
}

/** Response of [`grid`]: every cell of a checked matrix with its score and rating. */
export interface GridResponse {
  /** Cells by likelihood then impact, both ascending. */
  cells: GridCell[];
  /** Number of impact levels. */
  impact_levels: number;
  /** Number of likelihood levels. */
  likelihood_levels: number;
  /** The highest score the matrix can produce. */
  max_score: number;
  /** Index of the most serious band. */
  top_band: number;
}

/** A named group that can own actions ("All partners", "LSCB Office"). */
export interface Group {
  /** Id used in action owners. */
  id: string;
  /** Name as minutes write it. */
  name: string;
  /** People in the group, where known. */
  people?: string[];
}

/** Which scores a stored heat map counts. */
export type HeatBasis = "inherent" | "current";

/** One cell of the heat map. */
export interface HeatCell {
  /** Number of live risks in the cell. */
  count: number;
  /** Impact level. */
  impact: number;
  /** Likelihood level. */
  likelihood: number;
  /** Rating of the cell. */
  rating: Rating;
  /** Their ids, in register order. */
  risks: string[];
  /** Score of the cell. */
  score: number;
}

/** Response of [`heat_map`]. */
export interface HeatMap {
  /** The date judged as of. */
  as_of: Day;
  /** Every cell, by likelihood then impact, both ascending. */
  cells: HeatCell[];
  /** Number of live risks placed on the map (the sum of the cell counts). */
  scored: number;
  /** Live risks with no assessment in force, or one off the matrix, by id. */
  unscored: string[];
}

/**
 * One dated assessment in a risk's score history: a likelihood and an impact, or only
 * the score when that is all the register gives, with the register's own direction of
 * travel when it states one.
 */
export interface HistoryEntry {
  /**
   * The date of the assessment (for a quarterly assessment, the quarter's last day).
   * Absent when the register gives only a score under a period heading: the entry then
   * keeps its place in the list, and the checks that need its date stay silent.
   */
  date?: Day | null;
  /** The direction of travel as the register states it, checked against the scores. */
  direction?: RiskDirection | null;
  /** Impact level. */
  impact?: number | null;
  /** Likelihood level. */
  likelihood?: number | null;
  /** The meeting where it was reviewed, by id. */
  meeting?: string | null;
  /** Why the score moved. */
  note?: string | null;
  /**
   * The quarter the assessment is for, when the register reports by quarter
   * ("Quarter 3 16/17" is `"2016/17-Q3"`).
   */
  period?: Quarter | null;
  /**
   * The period heading as printed, when the register gives one that is not a date
   * ("Q3 16/17", "Autumn review").
   */
  period_label?: string | null;
  /**
   * The score as the register states it ("Overall"). Needed when the register gives no
   * likelihood and impact; when it gives both, checked against them.
   */
  score?: number | null;
}

/** A request for one action's merged status history. */
export interface HistoryRequest {
  /** The action's id. */
  action: string;
  /** The board document. */
  document: BoardDocumentInput;
}

/** One bank holiday of a nation's calendar. */
export interface Holiday {
  /** The day off. */
  date: Day;
  /** Which holiday it is. */
  holiday: HolidayKind;
  /** True when the day is a substitute for a holiday that fell at a weekend. */
  substitute: boolean;
}

/** Which bank holiday a day is. JSON snake_case (`good_friday`, `state_funeral`...). */
export type HolidayKind = "new_year" | "second_january" | "st_patricks_day" | "good_friday" | "easter_monday" | "early_may" | "spring" | "battle_of_the_boyne" | "summer" | "st_andrews_day" | "christmas" | "boxing_day" | "royal_wedding" | "diamond_jubilee" | "platinum_jubilee" | "state_funeral" | "coronation" | "world_cup";

/** Request for [`bank_holidays`]. */
export interface HolidaysRequest {
  /** Whose bank holidays. */
  nation: Nation;
  /** The calendar year (2007 to 9999). */
  year: number;
}

/** A nation's bank holidays in a year. */
export interface HolidaysResponse {
  /** The days off, in date order (substitute days in place of weekend holidays). */
  holidays: Holiday[];
}

/** An in-kind contribution: recorded with a value, never counted as cash. */
export interface InKind {
  /** What is given (venues for training, minute-taking...). */
  description?: string | null;
  /** Organisation id. */
  organisation: string;
  /** What it is worth (what it saves the board). */
  value: Money;
}

/** One partner's income for the year. */
export interface IncomeLine {
  /** Cash: formula + joint + one-off. */
  cash: Money;
  /** Cash this year − cash last year. */
  change?: Money | null;
  /** The change as basis points of last year's cash; absent when last year was zero. */
  change_basis_points?: number | null;
  /** Its contribution under the funding formula. */
  formula: Money;
  /** Value of its in-kind contributions (not cash, not in any total of income). */
  in_kind: Money;
  /** This board's share of its joint payments. */
  joint: Money;
  /** Its cash last year, when last year's budget was given. */
  last_year?: Money | null;
  /** Its one-off additional contributions. */
  one_off: Money;
  /** Organisation id. */
  organisation: string;
  /**
   * Its cash as a share of all cash income, in basis points (rounded half away from
   * zero); absent when there is no cash income.
   */
  share_basis_points?: number | null;
}

/** Income totals. */
export interface IncomeTotals {
  /** All cash income. */
  cash: Money;
  /** All formula contributions (equals the baseline). */
  formula: Money;
  /** All in-kind value (not cash). */
  in_kind: Money;
  /** All joint-payment shares. */
  joint: Money;
  /** All one-off additional contributions. */
  one_off: Money;
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
  /** The lead officer, by person id. */
  lead_officer?: string | null;
  /** Name as the scorecard writes it. */
  name: string;
  /** Free-text note (definition, source). */
  note?: string | null;
  /** The scorecard's own number for the indicator ("5", "6a"). */
  number?: string | null;
  /** The indicator this one is a part of (6a, 6b under 6), by id. */
  parent?: string | null;
  /**
   * Decimal places the values are published at (0 for 17%, 1 for 80.5, 2 for 49.84).
   * Derived percentages and rates are rounded to this many places.
   */
  places?: number;
  /** Which way is good. */
  polarity: Polarity;
  /**
   * The RAG letter the scorecard prints for the latest value, checked against the
   * target (green or not) where one is given.
   */
  recorded_rag?: ScorecardRag | null;
  /** The target and tolerance that give the RAG rating. */
  target?: Target | null;
  /** True when the scorecard says the target is still to be set. */
  target_to_be_set?: boolean;
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
  /** The lead officer, by person id. */
  lead_officer?: string | null;
  /** Name as the scorecard writes it. */
  name: string;
  /** Free-text note (definition, source). */
  note?: string | null;
  /** The scorecard's own number for the indicator ("5", "6a"). */
  number?: string | null;
  /** The indicator this one is a part of (6a, 6b under 6), by id. */
  parent?: string | null;
  /**
   * Decimal places the values are published at (0 for 17%, 1 for 80.5, 2 for 49.84).
   * Derived percentages and rates are rounded to this many places.
   */
  places?: number;
  /** Which way is good. */
  polarity: Polarity;
  /**
   * The RAG letter the scorecard prints for the latest value, checked against the
   * target (green or not) where one is given.
   */
  recorded_rag?: ScorecardRag | null;
  /** The target and tolerance that give the RAG rating. */
  target?: TargetInput | null;
  /** True when the scorecard says the target is still to be set. */
  target_to_be_set?: boolean;
  /** How big a change must be to move the direction-of-travel arrow (none: any change). */
  travel_threshold?: TravelThreshold | null;
  /** Unit of the values. */
  unit: Unit;
  /** Values by period. */
  values?: Observation[];
}

/** One line of a scorecard summary. */
export interface IndicatorSummary {
  /** Change on the previous period (exact). */
  change?: Decimal | null;
  /** Standing against each comparator. */
  comparators?: ComparatorStanding[];
  /** The indicator's id. */
  id: string;
  /** Percent change on the previous period, at the indicator's `change_places`. */
  percent_change?: Decimal | null;
  /** The period reported. */
  period?: YearMonth | null;
  /** Its label (`2016/17`, `Q4 2016/17`, `2017-01`). */
  period_label?: string | null;
  /** The period before. */
  previous_period?: YearMonth | null;
  /** The value for the period before, if recorded. */
  previous_value?: Decimal | null;
  /** RAG rating against the target. */
  rag?: ScorecardRag | null;
  /**
   * The value recomputed from the recorded count and total or population, at the
   * indicator's places.
   */
  recomputed?: Decimal | null;
  /** Direction of travel from the previous period. */
  travel?: Travel | null;
  /** The value for the period. */
  value?: Decimal | null;
}

/** Request for [`infer_population`]. */
export interface InferPopulationRequest {
  /** The count the rate was computed from (2,240). */
  count: number;
  /** The decimal places the rate was published at (at least the rate's own places). */
  places?: number;
  /** The published rate per 10,000 (274). */
  rate: Decimal;
}

/** The kind of a declared interest, in the terms of a members' code of conduct. */
export type InterestKind = "disclosable_pecuniary" | "other_registrable" | "non_registrable" | "prejudicial";

/** Whether a register entry is a threat (a risk) or an opportunity. */
export type IssueType = "threat" | "opportunity";

/** One payment from a partner for a joint arrangement of two boards, split between them. */
export interface JointPayment {
  /** Each board's share in basis points, totalling 100% (5,000 each for 50/50). */
  boards: BoardShare[];
  /** What it is for. */
  description?: string | null;
  /** Organisation id of the partner paying. */
  organisation: string;
  /** The whole payment. */
  payment: Money;
}

/** One code of an attendance grid's key ("D = Deputy attended in place"). */
export interface KeyCode {
  /** The code as written in the cells ("Y", "D"). */
  code: string;
  /** The attendance status it stands for. */
  status: AttendanceStatus;
}

/** An action completed after its due date. */
export interface LateCompletion {
  /** Days late. */
  days_late: number;
  /** The day it was done. */
  done_on: Day;
  /** The due day in force. */
  due_on: Day;
  /** The action's id. */
  id: string;
  /** Its position in `actions`. */
  index: number;
}

/**
 * The nation whose law governs a body. England and Wales share bank holidays but not
 * the numbering of Schedule 12A to the Local Government Act 1972.
 */
export type LawNation = "england" | "wales" | "scotland" | "northern_ireland";

/** A lead safeguarding partner as the partnership records it. */
export interface LeadPartner {
  /** The delegated safeguarding partners the lead has named (person ids). */
  delegates?: string[];
  /**
   * The lead representative (a person id: the chief executive, the accountable
   * officer, the chief officer of police), where recorded.
   */
  lead?: string | null;
  /** The partner organisation (an organisation id), where recorded. */
  organisation?: string | null;
  /** Which of the three partners this is. */
  partner: SafeguardingPartner;
}

/** The ledger of a whole document: one entry per meeting with anything withheld. */
export interface Ledger {
  /** Funding decisions withheld (not tied to a meeting). */
  funding_decisions: number;
  /** Per meeting, in the document's order. */
  meetings: MeetingLedger[];
}

/** One action in the log as of a date. */
export interface LogEntry {
  /** Days from the date to the due day: negative when overdue. */
  days_to_due?: number | null;
  /** The day it was done, when it is done and the day is recorded. */
  done_on?: Day | null;
  /** The day it falls due, when it has one that resolves. */
  due_on?: Day | null;
  /** The action's id. */
  id: string;
  /** Its position in the document's `actions` (for `/actions/<index>` pointers). */
  index: number;
  /** Its milestones, where it has any: due, reached, past due. */
  milestones?: MilestoneEntry[];
  /** Overdue as of the date. */
  overdue: boolean;
  /**
   * Its owners, people resolved to their ids (`{"person": id}`); groups as
   * `{"group": id}`; owners that do not resolve as written.
   */
  owners: Owner[];
  /** RAG rating. */
  rag: ActionRag;
  /** Why it has that rating. */
  rag_reason: RagReason;
  /** The meeting that raised it. */
  raised_at?: string | null;
  /** The date it was raised, when the meeting is known. */
  raised_on?: Day | null;
  /** The minute item it came from. */
  ref: string;
  /** Its status as of the date. */
  status: Status;
  /** No due date, or one that cannot be resolved. */
  undated: boolean;
}

/** Request of the log queries: the document and the date to judge "open" on. */
export interface LogQueryRequest {
  /** The date (never the system clock). */
  as_of: Day;
  /** The board document. */
  document: BoardDocumentInput;
}

/** A query of the log as of a date. */
export interface LogRequest {
  /**
   * The amber window of the RAG rating, in days, for actions whose body's constitution
   * sets none (14 when absent).
   */
  amber_days?: number | null;
  /** The date to judge against (never the system clock). */
  as_of: Day;
  /** The board document. */
  document: BoardDocumentInput;
}

/**
 * The risk matrix: the two scales, the scoring method and the bands.
 *
 * JSON: `{"likelihood": ["Rare", ...], "impact": ["Minor", ...], "bands": [{"min": 1,
 * "max": 4, "rating": "green"}, ...]}`. Level *n* of a scale is the *n*-th label (1-based).
 */
export interface Matrix {
  /**
   * The bands, in any order. Together they must cover every possible score exactly
   * once, unless `bands_partial` is set (or the register is an excerpt).
   */
  bands: Band[];
  /**
   * True when the paper lists only some of the bands (an excerpt's key showing the
   * upper bands only): a score in no band is then left unrated, not an error.
   */
  bands_partial?: boolean;
  /** Labels of the impact levels, from 1 (least impact) upwards. */
  impact: string[];
  /** Labels of the likelihood levels, from 1 (least likely) upwards. */
  likelihood: string[];
  /** How a score is worked out; likelihood x impact unless stated. */
  scoring?: Scoring;
}

/**
 * A matter arising: the status of an earlier meeting's action by its ref, or a point
 * keyed to a minute of the previous meeting (by number, or by page and section).
 */
export interface MatterArising {
  /** The action's id, where the host knows it. */
  action?: string | null;
  /**
   * The action's ref as minuted (3.1, 7.1.2); empty when the matter is keyed to a
   * minute or a page instead.
   */
  action_ref?: string;
  /** The previous minute it is keyed to, as numbered ("25", "M3"). */
  minute_ref?: string | null;
  /** Note. */
  note?: string | null;
  /** The page of the previous minutes ("6"). */
  page?: string | null;
  /** The section of the previous minutes ("7.10"). */
  section?: string | null;
  /**
   * The status recorded. Required for a matter keyed to an action (`action_ref` or
   * `action`); absent for one keyed only to a minute, page or section that reports
   * progress on the minutes, not on an action.
   */
  status?: Status | null;
}

/** A recipient's measure of one criterion (its population, its crimes per 1,000...). */
export interface Measure {
  /** The criterion's id. */
  criterion: string;
  /**
   * The measure, a whole number in the criterion's own unit (scale rates up to whole
   * numbers: 48.27 per 1,000 as 4827).
   */
  value: number;
}

/** A meeting of a body. */
export interface Meeting {
  /** Agenda items in order. */
  agenda?: AgendaItem[];
  /** Attendance: one entry per person. */
  attendance?: Attendance[];
  /** The key of an attendance grid (Y/N/A/D), for entries that carry a `code`. */
  attendance_key?: KeyCode[];
  /**
   * How complete the attendance record is. Absent: `full` when attendance is listed,
   * `not_recorded` when it is not.
   */
  attendance_record?: AttendanceRecord | null;
  /** The body meeting. */
  body: string;
  /** Minutes marked CONFIDENTIAL. */
  confidential?: boolean;
  /**
   * The officer to contact about the meeting or its minutes ("Contact officer"), where
   * the papers name one: a person by id, initials or name as written.
   */
  contact?: PersonRef | null;
  /** Date (see `date_basis`). */
  date: Day;
  /** How the date is known: stated (the default), inferred, or unknown (not before). */
  date_basis?: DateBasis;
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
  /**
   * For a date known only to lie in a window (`date_basis` `not_before`): the last
   * day the meeting can have been held, inclusive ("before w/c 3 October": 2 October).
   * Absent: the window has no upper bound.
   */
  latest_date?: Day | null;
  /** Matters arising from earlier meetings' actions. */
  matters_arising?: MatterArising[];
  /** The day the minutes were published, where recorded (schema version 5). */
  minutes_published?: Day | null;
  /** In person, virtual or hybrid, where recorded. */
  mode?: MeetingMode | null;
  /** The next meeting. */
  next_meeting?: NextMeeting | null;
  /** How the minutes are numbered, where it matters (continuous across meetings). */
  numbering?: Numbering | null;
  /**
   * The day the agenda and reports were published (sent out), where recorded
   * (schema version 5).
   */
  papers_published?: Day | null;
  /** Open and closed parts, where the meeting has them. */
  parts?: MeetingPart[];
  /** Approval of the previous meeting's minutes. */
  previous_minutes?: MinutesApproval | null;
  /**
   * In a public version, what was withheld from it (counts and grounds, never the
   * content); absent in a full record and when nothing was withheld.
   */
  redactions?: Redactions | null;
  /** Start time. */
  start?: Time | null;
  /** Status; absent when the paper does not record it (see [`MeetingStatus`]). */
  status?: MeetingStatus;
  /** Title. */
  title: string;
  /** Venue. */
  venue?: string | null;
  /** The minutes' versions, oldest first (the last is the one this record holds). */
  versions?: MinutesVersion[];
}

/** A meeting of a body. */
export interface MeetingInput {
  /** Agenda items in order. */
  agenda?: AgendaItemInput[];
  /** Attendance: one entry per person. */
  attendance?: Attendance[];
  /** The key of an attendance grid (Y/N/A/D), for entries that carry a `code`. */
  attendance_key?: KeyCode[];
  /**
   * How complete the attendance record is. Absent: `full` when attendance is listed,
   * `not_recorded` when it is not.
   */
  attendance_record?: AttendanceRecord | null;
  /** The body meeting. */
  body: string;
  /** Minutes marked CONFIDENTIAL. */
  confidential?: boolean;
  /**
   * The officer to contact about the meeting or its minutes ("Contact officer"), where
   * the papers name one: a person by id, initials or name as written.
   */
  contact?: PersonRef | null;
  /** Date (see `date_basis`). */
  date: Day;
  /** How the date is known: stated (the default), inferred, or unknown (not before). */
  date_basis?: DateBasis;
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
  /**
   * For a date known only to lie in a window (`date_basis` `not_before`): the last
   * day the meeting can have been held, inclusive ("before w/c 3 October": 2 October).
   * Absent: the window has no upper bound.
   */
  latest_date?: Day | null;
  /** Matters arising from earlier meetings' actions. */
  matters_arising?: MatterArising[];
  /** The day the minutes were published, where recorded (schema version 5). */
  minutes_published?: Day | null;
  /** In person, virtual or hybrid, where recorded. */
  mode?: MeetingMode | null;
  /** The next meeting. */
  next_meeting?: NextMeeting | null;
  /** How the minutes are numbered, where it matters (continuous across meetings). */
  numbering?: Numbering | null;
  /**
   * The day the agenda and reports were published (sent out), where recorded
   * (schema version 5).
   */
  papers_published?: Day | null;
  /** Open and closed parts, where the meeting has them. */
  parts?: MeetingPart[];
  /** Approval of the previous meeting's minutes. */
  previous_minutes?: MinutesApproval | null;
  /**
   * In a public version, what was withheld from it (counts and grounds, never the
   * content); absent in a full record and when nothing was withheld.
   */
  redactions?: RedactionsInput | null;
  /** Start time. */
  start?: Time | null;
  /** Status; absent when the paper does not record it (see [`MeetingStatus`]). */
  status?: MeetingStatus;
  /** Title. */
  title: string;
  /** Venue. */
  venue?: string | null;
  /** The minutes' versions, oldest first (the last is the one this record holds). */
  versions?: MinutesVersion[];
}

/**
 * What the public version of one meeting withholds: the meeting's id and the counts and
 * grounds the meeting carries in the public version (`redactions`).
 */
export interface MeetingLedger {
  /** Actions raised at the meeting that are withheld. */
  actions: number;
  /** Attendance entries withheld. */
  attendees: number;
  /** Decisions of those items. */
  decisions: number;
  /** Declarations of interest withheld. */
  declarations: number;
  /** Agenda items withheld (kept as numbered placeholders). */
  items: number;
  /** The meeting's id. */
  meeting: string;
  /**
   * The paragraphs of Schedule 12A the paper gives for the confidential items and
   * closed parts, in order; empty when it gives none.
   */
  paragraphs?: number[];
  /** The earliest date by which an exemption is to be reviewed, when given. */
  review_by?: Day | null;
  /** Risks raised at the meeting that are withheld. */
  risks: number;
  /** The whole meeting is confidential: only that it took place is published. */
  whole: boolean;
}

/** How the meeting was held. */
export type MeetingMode = "in_person" | "virtual" | "hybrid";

/** A part of a meeting: "Part 1" open to the public, "Part 2/3" closed. */
export interface MeetingPart {
  /** Closed to the press and public: every item in it is withheld from public versions. */
  confidential?: boolean;
  /** The ground for closing it, as the paper records it (schema version 4). */
  exemption?: Exemption | null;
  /** Host id, used by `AgendaItem.part`. */
  id: string;
  /** Name as minuted ("Part 1 - Open Session"). */
  name: string;
}

/**
 * Where a meeting is in its life. Absent (`not_recorded`): the paper does not say, and
 * rules that need the status (attendance at an unheld meeting, quorum, standing items,
 * approval after the as-of date) stay silent for the meeting.
 */
export type MeetingStatus = "not_recorded" | "scheduled" | "held" | "minutes_drafted" | "minutes_approved" | "published" | "cancelled";

/** A seat on the body held by a person. */
export interface Member {
  /** How a chair or vice-chair came to the role (independent, elected, rotating). */
  appointment?: Appointment | null;
  /**
   * Membership category (statutory, co-opted, participant or adviser); absent when
   * the paper does not say. No rule needs it today; a rule that did would stay silent
   * for a member without one.
   */
  category?: MemberCategory | null;
  /** Host data kept through a round trip. */
  extensions?: {
    [key: string]: unknown;
  };
  /** First day of the membership, where recorded. */
  from?: Day | null;
  /**
   * Whether the member may send a deputy. Ignored (always false) for the roles that
   * attend in their own right.
   */
  may_send_deputy?: boolean;
  /** The organisation the member sits for (none for lay members and the chair). */
  organisation?: string | null;
  /** The person. */
  person: string;
  /** The meeting at which the membership (or the change of hands) was recorded. */
  recorded_at?: string | null;
  /** A special role, if any. */
  role?: SpecialRole | null;
  /** The named seat held (`Body.named_seats`), for a seat that changes hands or is shared. */
  seat?: string | null;
  /** Last day of the membership, where recorded. */
  until?: Day | null;
  /**
   * Whether the member takes part in decisions (counts towards a decision quorum).
   * Defaults to true, except that a lead member is always a non-voting observer.
   */
  voting?: boolean;
}

/** One member's attendance. */
export interface MemberAttendance {
  /**
   * Meetings with no attendance, apologies or deputy recorded (on a full list or a
   * grid, so the member did not attend).
   */
  absent: number;
  /** Meetings with apologies and no deputy. */
  apologies: number;
  /** Attended less than the threshold. */
  below_threshold: boolean;
  /** Meetings where a deputy attended instead (counted only when the member may send one). */
  by_deputy: number;
  /** Meetings held in the period. */
  meetings: number;
  /** Meetings where the member's mark is blank or unknown: not counted either way. */
  not_recorded: number;
  /** (present + by deputy) as a percentage of meetings held, less those not recorded. */
  percent?: Decimal | null;
  /** The member (person id). */
  person: string;
  /** Meetings attended in person. */
  present: number;
  /** The row the member counts in. */
  row: RowKey;
}

/** The category a member sits in. */
export type MemberCategory = "statutory" | "co_opted" | "participant_adviser";

/** A milestone on the way to completing the action. */
export interface Milestone {
  /** What is to be reached. */
  description: string;
  /** When it was reached. */
  done_on?: Day | null;
  /** When. */
  due?: Due | null;
}

/**
 * One milestone of an action in the log as of a date: when it falls due, when it was
 * reached, and whether it is past due and not reached (on an action not done).
 */
export interface MilestoneEntry {
  /** The day it was reached, when recorded on or before the date. */
  done_on?: Day | null;
  /** The day it falls due, when its due resolves to one. */
  due_on?: Day | null;
  /** Its position in the action's `milestones`. */
  index: number;
  /** Past due as of the date, not reached, on an action not done. */
  overdue: boolean;
}

/**
 * Approval of an earlier meeting's minutes ("agreed as a correct record", "confirmed",
 * "approve and sign").
 *
 * The earlier meeting is named by id when it is in the document, or by its date
 * (`meeting_date`) when it is not; at least one of the two is given, unless the minutes
 * name it only as "the last meeting" (`last_meeting`), with no date.
 */
export interface MinutesApproval {
  /** Amendments agreed before approval ("with amendments"), each as minuted. */
  amendments?: string[];
  /** Agreed as a correct record (false: not agreed). */
  approved?: boolean;
  /** The day the approval was given or signed, when it is not the meeting's own date. */
  approved_on?: Day | null;
  /** Confirmed, then challenged as inaccurate (with no amendment made). */
  challenged?: boolean;
  /**
   * The minutes name the earlier meeting only as "the last meeting" (or "the previous
   * meeting"), with no date, and it is not in the document. Rules that compare its date
   * stay silent.
   */
  last_meeting?: boolean;
  /** The meeting whose minutes were considered, when it is in the document. */
  meeting?: string;
  /** The date of that meeting, as the minutes give it (for a meeting not in the document). */
  meeting_date?: Day | null;
  /** Note. */
  note?: string | null;
}

/** A version of the minutes ("V0.2 draft", "V0.4"). */
export interface MinutesVersion {
  /** The day this version was issued, where recorded. */
  date?: Day | null;
  /** A draft, not yet approved. */
  draft?: boolean;
  /** The label as written ("V0.2"). */
  label: string;
}

/**
 * An amount of money in pence (negative for a refund, an overspend or a cut). JSON: an
 * integer number of pence; anything else is refused with
 * [`message::PENCE`](crate::read::message::PENCE).
 */
export type Money = number & { readonly __pence: true };

/** An amount both as stored (pence) and as a board writes it. */
export interface MoneyText {
  /** The amount in pence. */
  pence: Money;
  /** The amount written in pounds (`"£298,700"`). */
  text: string;
}

/** Which way the figure moved, whatever the polarity. */
export type Movement = "up" | "down" | "level";

/**
 * The jurisdiction whose bank holidays a clock counts: England and Wales share one
 * calendar; Scotland and Northern Ireland have their own. JSON `"england-and-wales"`,
 * `"scotland"`, `"northern-ireland"` (the names GOV.UK uses for its lists).
 */
export type Nation = "england-and-wales" | "scotland" | "northern-ireland";

/** The next meeting as announced. */
export interface NextMeeting {
  /** Date. */
  date: Day;
  /** End time. */
  end?: Time | null;
  /** The meeting record, if it exists. */
  meeting?: string | null;
  /** Start time. */
  start?: Time | null;
  /** Venue. */
  venue?: string | null;
}

/** How a body numbers its minutes. */
export type Numbering = "within_meeting" | "continuous";

/** One value of an indicator for one period. */
export interface Observation {
  /** The arrow printed beside the value, as printed. */
  arrow?: Arrow | null;
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

/** Open actions of one owner, or of one agency. */
export interface OpenGroup {
  /** The open actions' ids, in log order. */
  actions: string[];
  /** The organisation id, for the by-agency view; absent for owners with none. */
  organisation?: string | null;
  /** The owner (resolved to a person or group where it can be), for the by-owner view. */
  owner?: Owner | null;
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

/** Why a rule gave no finding. */
export type Outcome = "passed" | "not_evidenced" | "switched_off" | "outside_only";

/** Request for [`overdue`]. */
export interface OverdueRequest {
  /** The day to judge as of. */
  as_of: Day;
  /** The day the clock starts (not counted). */
  from: Day;
  /** Whose bank holidays to skip. */
  nation: Nation;
  /** The working days allowed. */
  working_days: number;
}

/** Whether a working-day clock has run out as of a date. */
export interface OverdueResponse {
  /** The last day allowed (`from` plus the working days). */
  due: Day;
  /** True when `as_of` is after `due`. */
  overdue: boolean;
  /** Working days after `due` up to and including `as_of` (0 when not overdue). */
  working_days_overdue: number;
}

/**
 * Who is responsible for an action ("Person/s responsible").
 *
 * JSON: `{"person": "p-ct"}` (a person by id), `{"initials": "CT"}` (as minuted,
 * resolved against the attendance of the meeting that raised the action and the
 * members of its body), `{"role": "chair"}` ("The Chair") or `{"group": "g-lscb-office"}`
 * (a named group defined on the body in `groups`, such as "All partners" or
 * "LSCB Office").
 */
export type Owner = {
  person: string;
} | {
  initials: string;
} | {
  name: string;
} | {
  role: BodyRole;
} | {
  group: string;
};

/** The action changing hands on a date. */
export interface OwnerChange {
  /** The meeting that recorded it, by id. */
  meeting?: string | null;
  /** The date the new owners took over. */
  on: Day;
  /** The new owners. */
  owners: Owner[];
}

/** The actions of one owner. An action with two owners counts for each. */
export interface OwnerSummary {
  /** Counts. */
  counts: Counts;
  /** The owner (resolved as in [`LogEntry::owners`]); absent for actions with no owner. */
  owner?: Owner | null;
}

/** A paper tabled for an item ("Paper 3, Appendix 1/2"). */
export interface Paper {
  /** Appendices. */
  appendices?: string[];
  /** Name or number of the paper. */
  name: string;
}

/** Request for [`parse_money`]: text as a form field holds it. */
export interface ParseMoneyRequest {
  /** The amount as written (`"£298,700"`, `"-£49,000"`, `"£1,234.56"`). */
  text: string;
}

/** A partner and an amount. */
export interface PartnerAmount {
  /** Amount in pence (0 or more). */
  amount: Money;
  /** Organisation id. */
  organisation: string;
}

/**
 * An arrangement the lead partners agree together (the funding of the partnership,
 * its independent scrutiny), for a period, with their sign-offs.
 */
export interface PartnerArrangement {
  /** The lead partners' sign-offs; empty when the paper does not record them. */
  partner_sign_offs?: PartnerSignOff[];
  /** The first day the arrangement covers. */
  period_from?: Day | null;
  /** The last day the arrangement covers. */
  period_to?: Day | null;
}

/** A partner and the population it serves. */
export interface PartnerPopulation {
  /** Organisation id. */
  organisation: string;
  /** Number of people (or children) served. */
  population: number;
}

/** A partner and a percentage share in basis points (1% = 100). */
export interface PartnerShare {
  /** The share in basis points. */
  basis_points: number;
  /** Organisation id. */
  organisation: string;
}

/** A lead partner's sign-off of a yearly report or an arrangement. */
export interface PartnerSignOff {
  /** Who signed it off for the partner (a person id), where recorded. */
  by?: string | null;
  /** The day it was signed off, where recorded. */
  on?: Day | null;
  /** The partner who signed it off. */
  partner: SafeguardingPartner;
}

/** A partner and a weight. */
export interface PartnerWeight {
  /** Organisation id. */
  organisation: string;
  /** The weight (a budget formula needs it positive; the calculator gives zero to zero). */
  weight: number;
}

/** A person who appears in the records (members, deputies, officers, guests). */
export interface Person {
  /**
   * Other ways papers write this person: another spelling of the name ("Joanne
   * Pellow" for "Joanne Pellowe"), a shortened name ("Joanne P."), other initials
   * ("SGe"). A reference by name or by initials matches these exactly, as it matches
   * `name` and `initials`.
   */
  aliases?: string[];
  /** Host data kept through a round trip. */
  extensions?: {
    [key: string]: unknown;
  };
  /** Host id. */
  id: string;
  /** Initials as minutes write them (CT, ASp, SCh). */
  initials?: string | null;
  /** Full name, where the paper gives it (a year grid gives initials only). */
  name?: string;
  /**
   * Further offices the paper names the person by, each as written, when it names
   * them by more than one ("Strategic Director for People, Director of Children's
   * Services and Director of Adult Social Services"): the first in `post`, the rest here.
   */
  offices?: string[];
  /** The organisation the person works for. */
  organisation?: string | null;
  /**
   * Post or job title. A person the paper names only by office (a decision maker
   * "the Director of Children's Services") is recorded by it, with no name.
   */
  post?: string | null;
}

/**
 * A reference to a person as a record writes it.
 *
 * JSON: `{"person": "<id>"}`, `{"initials": "JR"}` (resolved against the meeting's
 * attendance and the body's members), `{"name": "Joanne Pellow"}` (the name as the paper
 * writes it, matched against people's names and aliases, or an office as written,
 * matched against people's `post` and `offices`) or `{"role": "chair"}`.
 */
export type PersonRef = {
  person: string;
} | {
  initials: string;
} | {
  name: string;
} | {
  role: BodyRole;
};

/** Limits on how fast a new formula takes effect. */
export interface Phasing {
  /** No recipient gains more than this in a year (basis points). */
  max_gain_basis_points?: number | null;
  /** No recipient loses more than this in a year (basis points). */
  max_loss_basis_points?: number | null;
  /** Over how many years it is phased in. */
  years?: number | null;
}

/** Where a (likelihood, impact) pair falls: its score and band. */
export interface Placement {
  /** Index of the band in the configuration's `bands` list. */
  band: number;
  /** The band's own name, if it has one. */
  label?: string | null;
  /** The band's rating. */
  rating: Rating;
  /** The score. */
  score: number;
  /** True when the band is the most serious band of the matrix. */
  top_band: boolean;
}

/** The kind of plan that raised an action. */
export type PlanKind = "business_plan" | "work_plan" | "audit" | "review" | "serious_case_review" | "other";

/** The plan that raised an action, with the priority and objective it serves. */
export interface PlanRef {
  /** The body whose plan it is, by id. */
  body?: string | null;
  /** The date the plan was agreed (the date the action was raised). */
  date?: Day | null;
  /** The kind of plan. */
  kind: PlanKind;
  /** The objective under that priority. */
  objective?: string | null;
  /** The plan's priority the action serves ("Priority 2: neglect"). */
  priority?: string | null;
  /** Its title as the board writes it ("Business Plan 2017-19"). */
  title?: string | null;
}

/** A further action planned to reduce the risk, as the register words it, with its date. */
export interface PlannedAction {
  /** The action in the document's action log that tracks it, by id. */
  action?: string | null;
  /** What is planned. */
  description: string;
  /** When ("May 2017", "Ongoing"). */
  due?: Due | null;
}

/** Which way is good for an indicator. */
export type Polarity = "higher_is_better" | "lower_is_better";

/** The populations consistent with a published rate per 10,000. */
export interface PopulationRange {
  /** The population nearest to `count * 10,000 / rate` (half away from zero). */
  estimate: number;
  /** The largest such population. */
  max: number;
  /**
   * The smallest whole population whose rate, rounded to the stated places, is the
   * published rate.
   */
  min: number;
}

/** Whether the year ended over or under budget. */
export type Position = "underspend" | "balanced" | "overspend";

/** A quarter: 2017-Q3 (calendar) or 2017/18-Q3 (financial year from April) */
export type Quarter = `${number}-Q${1 | 2 | 3 | 4}` | `${number}/${number}-Q${1 | 2 | 3 | 4}`;

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

/** The quorum position of a meeting. */
export interface QuorumCheck {
  /** Statutory partner organisations (ids) not represented, when the rule requires each. */
  missing_statutory_partners: string[];
  /** Whether the meeting was quorate. */
  quorate: boolean;
  /** The number needed (the larger of the count and percentage rules). */
  required: number;
  /** Voting members of the body. */
  voting_members: number;
  /** Voting members present in person or by deputy. */
  voting_present: number;
}

/** Request of [`meeting_quorum`]: a board document and one of its meetings. */
export interface QuorumRequest {
  /** The board document. */
  document: BoardDocumentInput;
  /** The meeting's id. */
  meeting: string;
}

/** Response of [`meeting_quorum`]. */
export interface QuorumResponse {
  /** The body that met. */
  body: string;
  /** The meeting's id. */
  meeting: string;
  /** The quorum position; `None` (JSON null) when the body has no constitution. */
  quorum: QuorumCheck | null;
}

/** Why an action has its RAG rating. */
export type RagReason = "done" | "overdue" | "due_soon" | "undated" | "outstanding" | "on_track";

/** Request for [`rag_rating`]. */
export interface RagRequest {
  /** Which way is good. */
  polarity: Polarity;
  /** The target and tolerance. */
  target: TargetInput;
  /** The value to rate. */
  value: Decimal;
}

/** A RAG rating. */
export interface RagResponse {
  /** Red, amber or green. */
  rag: ScorecardRag;
}

/** Where and when the board raised the risk. */
export interface Raised {
  /**
   * The date the risk was raised, when the register records it (absent: on the
   * register before any date the register speaks of).
   */
  date?: Day | null;
  /** The meeting where the board decided it, by id. */
  meeting?: string | null;
  /** The minute reference of that decision ("5.1"). */
  minute?: string | null;
}

/** A rate per 10,000. */
export interface RateResponse {
  /** `count * 10,000 / population`, rounded half away from zero at `places`. */
  rate: Decimal;
}

/** A rating a band gives, from least to most serious. */
export type Rating = "green" | "yellow" | "amber" | "red";

/** Response of [`ratings`]. */
export interface RatingsResponse {
  /** The date judged as of. */
  as_of: Day;
  /** The rating of every risk raised on or before the date, in register order. */
  risks: RiskRating[];
}

/** One recipient of a decision: a partnership or board, the organisation paid for it. */
export interface Recipient {
  /** Its agreed amount (for an agreed allocation). */
  amount?: Money | null;
  /** The number of local authority areas it covers (for a per-area allocation). */
  areas?: number;
  /**
   * How its money is split between the boards of its area (a children's and an adults'
   * board), in basis points totalling 100%.
   */
  boards?: BoardShare[];
  /** The partnership or board, by body id. */
  body?: string | null;
  /** The year that change is for, when it is not the decision's own year. */
  change_year?: FinancialYear | null;
  /** Host data kept through a round trip. */
  extensions?: {
    [key: string]: unknown;
  };
  /** Its measures of the criteria (for a weighted allocation). */
  measures?: Measure[];
  /** The host or payee organisation that receives the money for it, by id. */
  payee?: string | null;
  /** The amount as the decision states it; checked against the computed one. */
  stated_amount?: Money | null;
  /**
   * The change on the year before as the decision states it, in basis points (-900 for
   * "would lose 9%"); checked against the decision's phasing limits.
   */
  stated_change_basis_points?: number | null;
}

/** The kinds of record a form can validate on its own (see [`validate_record`]). */
export type RecordKind = "organisation" | "person" | "body" | "meeting" | "action" | "risk" | "budget" | "scorecard";

/**
 * A record to check against a loaded board ([`Board::check`]): a
 * [`crate::form::ValidateRecordRequest`] without its context, the board being the context.
 */
export type RecordRequest = ({
  /** The date to judge "overdue" and "due for review" against. */
  as_of?: Day | null;
}) & ({
  /** What kind of record `record` is. */
  kind: "organisation";
  /** The record, as a form would build it. */
  record: Organisation;
} | {
  /** What kind of record `record` is. */
  kind: "person";
  /** The record, as a form would build it. */
  record: Person;
} | {
  /** What kind of record `record` is. */
  kind: "body";
  /** The record, as a form would build it. */
  record: BodyInput;
} | {
  /** What kind of record `record` is. */
  kind: "meeting";
  /** The record, as a form would build it. */
  record: MeetingInput;
} | {
  /** What kind of record `record` is. */
  kind: "action";
  /** The record, as a form would build it. */
  record: Action;
} | {
  /** What kind of record `record` is. */
  kind: "risk";
  /** The record, as a form would build it. */
  record: Risk;
} | {
  /** What kind of record `record` is. */
  kind: "budget";
  /** The record, as a form would build it. */
  record: BudgetInput;
} | {
  /** What kind of record `record` is. */
  kind: "scorecard";
  /** The record, as a form would build it. */
  record: ScorecardInput;
});

/**
 * What was withheld from a meeting's public version (the redaction ledger's entry for
 * it), carried by the meeting in the public version (`redactions`). Counts and the
 * Schedule 12A paragraphs only: nothing of what was withheld.
 */
export interface Redactions {
  /** Actions raised at the meeting that are withheld. */
  actions: number;
  /** Attendance entries withheld. */
  attendees: number;
  /** Decisions of those items. */
  decisions: number;
  /** Declarations of interest withheld. */
  declarations: number;
  /** Agenda items withheld (kept as numbered placeholders). */
  items: number;
  /**
   * The paragraphs of Schedule 12A the paper gives for the confidential items and
   * closed parts, in order; empty when it gives none.
   */
  paragraphs?: number[];
  /** The earliest date by which an exemption is to be reviewed, when given. */
  review_by?: Day | null;
  /** Risks raised at the meeting that are withheld. */
  risks: number;
  /** The whole meeting is confidential: only that it took place is published. */
  whole: boolean;
}

/**
 * What was withheld from a meeting's public version (the redaction ledger's entry for
 * it), carried by the meeting in the public version (`redactions`). Counts and the
 * Schedule 12A paragraphs only: nothing of what was withheld.
 */
export interface RedactionsInput {
  /** Actions raised at the meeting that are withheld. */
  actions?: number;
  /** Attendance entries withheld. */
  attendees?: number;
  /** Decisions of those items. */
  decisions?: number;
  /** Declarations of interest withheld. */
  declarations?: number;
  /** Agenda items withheld (kept as numbered placeholders). */
  items?: number;
  /**
   * The paragraphs of Schedule 12A the paper gives for the confidential items and
   * closed parts, in order; empty when it gives none.
   */
  paragraphs?: number[];
  /** The earliest date by which an exemption is to be reviewed, when given. */
  review_by?: Day | null;
  /** Risks raised at the meeting that are withheld. */
  risks?: number;
  /** The whole meeting is confidential: only that it took place is published. */
  whole?: boolean;
}

/** Request for the register queries: a register and the date to judge it as of. */
export interface RegisterRequest {
  /** The date to judge it as of. */
  as_of: Day;
  /**
   * The review interval in days of each body whose constitution sets one
   * (`risk_review_days`), by the body's id: a risk its owning body sets one for is
   * reviewed on that body's interval, else on `review_days`. A board's own query fills
   * it in from the board.
   */
  body_review_days?: {
    [key: string]: number;
  };
  /** The register. */
  register: RiskRegisterInput;
  /**
   * The review interval in days of the register's body (its constitution's
   * `risk_review_days`), for risks that give no next review and no review frequency.
   * A board's own query fills it in from the board.
   */
  review_days?: number | null;
}

/** One entry of a register of interests. */
export interface RegisteredInterest {
  /** The day the entry was registered (from then the register shows it). */
  from?: Day | null;
  /** The interest as registered (an employment, a property, a membership). */
  interest: string;
  /** Its nature, where the register says it. */
  nature?: string | null;
  /** Whose interest it is (a person id). */
  person: string;
  /** The day the interest ended, where it has. */
  until?: Day | null;
}

/** Where a figure stands against a comparator, when the source states only that. */
export type Relation = "above" | "similar" | "below";

/** The findings of a validation, in the order the rules found them. */
export interface Report {
  /**
   * With `explain`: each catalogue rule that gave no finding, and why (its premise not
   * recorded, switched off, outside `only`, or passed). See [`crate::premise`].
   */
  explained?: Explanation[];
  /** Every finding. */
  findings: Finding[];
  /**
   * Findings of rules the body's constitution switched off, each with the pointer of
   * the setting (`setting`) that did; kept here so that nothing is silently dropped.
   */
  switched_off?: Finding[];
}

/**
 * One of the contents the Care Act 2014 (Schedule 2, paragraph 4(1)) asks of a
 * safeguarding adults board's annual report.
 */
export type ReportContent = "objective" | "strategy" | "members_contribution" | "concluded_reviews" | "ongoing_reviews" | "findings_implemented" | "findings_not_implemented";

/**
 * One of those the Care Act 2014 (Schedule 2, paragraph 4(2)) asks a safeguarding
 * adults board to send its annual report to.
 */
export type ReportRecipient = "local_authority_chief_executive" | "local_authority_leader" | "local_policing_body" | "local_healthwatch" | "health_and_wellbeing_board_chair";

/** A reserve and its movement in the year. */
export interface Reserve {
  /** Set aside from this year's income. */
  added: Money;
  /** Drawn in the year. */
  drawn: Money;
  /** What it is for. */
  kind: ReserveKind;
  /** Its name as the board writes it. */
  name?: string | null;
  /** Balance at the start of the year. */
  opening: Money;
}

/** A reserve and its movement in the year. */
export interface ReserveInput {
  /** Set aside from this year's income. */
  added?: Money;
  /** Drawn in the year. */
  drawn?: Money;
  /** What it is for. */
  kind: ReserveKind;
  /** Its name as the board writes it. */
  name?: string | null;
  /** Balance at the start of the year. */
  opening?: Money;
}

/** What a reserve is kept for. */
export type ReserveKind = "serious_case_review" | "training" | "general" | "other";

/** One reserve's movement in the year. */
export interface ReserveLine {
  /** Set aside from this year's income. */
  added: Money;
  /** opening + added − drawn. */
  closing: Money;
  /** Drawn to pay for this year's spending. */
  drawn: Money;
  /** Index of the reserve in the budget's `reserves`. */
  index: number;
  /** What the reserve is for. */
  kind: ReserveKind;
  /** At the start of the year. */
  opening: Money;
}

/** How often the risk is to be reviewed. */
export type ReviewFrequency = "monthly" | "bi_monthly" | "quarterly" | "half_yearly" | "annually";

/** A risk whose review is due or overdue. */
export interface ReviewItem {
  /** Days from `as_of` to the review date (negative when overdue). */
  days: number;
  /** The risk's id. */
  id: string;
  /** Its index in the register. */
  index: number;
  /** The review date. */
  review_due: Day;
}

/** Response of [`reviews`]. */
export interface ReviewList {
  /** The date judged as of. */
  as_of: Day;
  /** Deferred risks and when they are to be revisited. */
  deferred: DeferredItem[];
  /** Live risks whose review date is from `as_of` to `as_of + within_days`, soonest first. */
  due: ReviewItem[];
  /** Live risks with no review date and no review frequency, by id. */
  no_review_date: string[];
  /** Live risks whose review date is before `as_of`, most overdue first. */
  overdue: ReviewItem[];
}

/** Request for [`reviews`]: a register, a date, and how far ahead "due" reaches. */
export interface ReviewRequest {
  /** The date to judge it as of. */
  as_of: Day;
  /**
   * The review interval in days of each body whose constitution sets one
   * (`risk_review_days`), by the body's id: a risk its owning body sets one for is
   * reviewed on that body's interval, else on `review_days`. A board's own query fills
   * it in from the board.
   */
  body_review_days?: {
    [key: string]: number;
  };
  /** The register. */
  register: RiskRegisterInput;
  /**
   * The review interval in days of the register's body (its constitution's
   * `risk_review_days`), for risks that give no next review and no review frequency.
   * A board's own query fills it in from the board.
   */
  review_days?: number | null;
  /** A review falling within this many days after `as_of` (inclusive) is due. */
  within_days?: number;
}

/** A later due date: the new due, when and where it was agreed, and why. */
export interface Revision {
  /** The new due. */
  due: Due;
  /** The meeting that agreed it, by id. */
  meeting?: string | null;
  /** Why it moved. */
  note?: string | null;
  /** When it was agreed. */
  on?: Day | null;
}

/** A risk on the board's register. */
export interface Risk {
  /** The partner organisations the risk applies to, by id (a tick per partner). */
  applies_to?: string[];
  /** The council's category (safeguarding practice, finance, partnership...). */
  category?: string | null;
  /** What causes the risk. */
  causes?: string[];
  /** For a closed risk: the date it was closed. */
  closed_on?: Day | null;
  /** For a closed risk: why it was closed. */
  closed_reason?: string | null;
  /** Comments on the measures, as the register words them. */
  comments?: string | null;
  /** What would follow if it happened. */
  consequences?: string[];
  /**
   * How well the controls work taken together, as the register judges the whole risk
   * ("Effectiveness of control: Partly effective").
   */
  control_effectiveness?: Effectiveness | null;
  /** Controls in place. */
  controls?: Control[];
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
  /** Whether the register records it as a threat or an opportunity ("Issue type"). */
  issue_type?: IssueType | null;
  /**
   * The date the risk was last reviewed (with `review_frequency`, gives the next
   * review when the register has no "next review" column).
   */
  last_reviewed?: Day | null;
  /** Further actions, by id in the document's action log. */
  linked_actions?: string[];
  /** The date of the next review. */
  next_review?: Day | null;
  /** The owner: a person id, or a group id defined on a body ("LSCB Office"). */
  owner?: string | null;
  /** The body or committee that owns the risk, by id, when it is not the register's. */
  owning_body?: string | null;
  /** Further actions planned, as the register words them. */
  planned_actions?: PlannedAction[];
  /**
   * When, and at which meeting and minute, the board raised it, as far as the register
   * records it.
   */
  raised?: Raised;
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
  /** The date by which the board means to reach the target ("Ongoing" when it says so). */
  target_date?: Due | null;
  /** Short title as the register shows it. */
  title: string;
  /** What the board has chosen to do about the risk. */
  treatment?: Treatment | null;
}

/**
 * Direction of travel of a risk's score between two assessments: worked out from the
 * scores, or as the register states it (a "DOT" column).
 */
export type RiskDirection = "up" | "down" | "unchanged" | "new";

/** Request for [`rate`]: a matrix and a pair of levels, as a form has them. */
export interface RiskRateRequest {
  /** Impact level. */
  impact: number;
  /** Likelihood level. */
  likelihood: number;
  /** The matrix to rate on. */
  matrix: Matrix;
}

/** The rating of one risk as of a date. */
export interface RiskRating {
  /** The assessment in force on the date, if any. */
  assessment?: Assessment | null;
  /** The band's own name, if it has one. */
  band_label?: string | null;
  /** Direction of travel from its history (none when never assessed). */
  direction?: RiskDirection | null;
  /** The risk's id. */
  id: string;
  /** Its index in the register's `risks` list. */
  index: number;
  /**
   * True when it is on the live register as of the date (open or escalated, or closed
   * later than the date).
   */
  live: boolean;
  /** Its rating, when assessed within the matrix. */
  rating?: Rating | null;
  /** When it is next due for review, if known. */
  review_due?: Day | null;
  /** Its score, when assessed within the matrix. */
  score?: number | null;
  /** Its lifecycle status. */
  status: RiskStatus;
  /** True when the risk is in the most serious band. */
  top_band: boolean;
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
  /**
   * True when the paper says the register is an excerpt (some of its pages, risks or
   * columns are not included): the checks that need the whole register (controls
   * present, every score banded, stated counts and heat map matching) stay silent.
   */
  excerpt?: boolean;
  /** Host data kept through a round trip. */
  extensions?: {
    [key: string]: unknown;
  };
  /** The risk matrix: scales and bands. */
  matrix: Matrix;
  /** The date the register itself was reviewed ("Review date 21/04/2017"). */
  reviewed_on?: Day | null;
  /** The risks, in the order the register lists them. */
  risks: Risk[];
  /**
   * Counts the register states of its own risks ("12 high risks", "4 financial
   * risks"), checked against the counted ones (not on an excerpt).
   */
  stated_counts?: StatedCount[];
  /**
   * The register's own heat map as printed: its count of risks per cell, on the
   * inherent (initial) or current (revised) scores. Checked against the risks when
   * the register is complete.
   */
  stated_heat_map?: StatedCell[];
  /** The register's title as printed ("Shared services risk register, corporate level"). */
  title?: string | null;
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
  /**
   * True when the paper says the register is an excerpt (some of its pages, risks or
   * columns are not included): the checks that need the whole register (controls
   * present, every score banded, stated counts and heat map matching) stay silent.
   */
  excerpt?: boolean;
  /** Host data kept through a round trip. */
  extensions?: {
    [key: string]: unknown;
  };
  /** The risk matrix: scales and bands. */
  matrix: Matrix;
  /** The date the register itself was reviewed ("Review date 21/04/2017"). */
  reviewed_on?: Day | null;
  /** The risks, in the order the register lists them. */
  risks?: Risk[];
  /**
   * Counts the register states of its own risks ("12 high risks", "4 financial
   * risks"), checked against the counted ones (not on an excerpt).
   */
  stated_counts?: StatedCount[];
  /**
   * The register's own heat map as printed: its count of risks per cell, on the
   * inherent (initial) or current (revised) scores. Checked against the risks when
   * the register is complete.
   */
  stated_heat_map?: StatedCell[];
  /** The register's title as printed ("Shared services risk register, corporate level"). */
  title?: string | null;
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

/** What a row of the attendance table stands for. */
export type RowKey = {
  organisation: string;
} | {
  role: SpecialRole;
} | "unaffiliated";

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

/**
 * A body's own setting for one rule: another severity, or switched off, with the reason
 * the constitution gives. Applies to findings about the body and its meetings.
 */
export interface RuleSetting {
  /** The rule's code (`meeting.inquorate`). */
  code: string;
  /** The rule is switched off for this body. */
  off?: boolean;
  /** Why (the constitution's paragraph, the board's decision). */
  reason: string;
  /** The severity this body gives the rule's findings. */
  severity?: Severity | null;
}

/**
 * One of the three lead safeguarding partners of a safeguarding children partnership
 * (Children Act 2004, section 16E).
 */
export type SafeguardingPartner = "local_authority" | "integrated_care_board" | "chief_officer_of_police";

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

/** The direction of travel: the movement judged by the indicator's polarity. */
export type ScorecardDirection = "improving" | "worsening" | "unchanged";

/** A red / amber / green rating against a target. */
export type ScorecardRag = "green" | "amber" | "red";

/** Request for [`rate_per_10000`]. */
export interface ScorecardRateRequest {
  /** The count (2,240 children in need). */
  count: number;
  /** Decimal places to publish at (0 to 9). */
  places: number;
  /** The child population. */
  population: number;
}

/** Request for [`rate_per_10000`]. */
export interface ScorecardRateRequestInput {
  /** The count (2,240 children in need). */
  count: number;
  /** Decimal places to publish at (0 to 9). */
  places?: number;
  /** The child population. */
  population: number;
}

/** A scorecard summary: one line per indicator, in the scorecard's order. */
export interface ScorecardSummary {
  /** The scorecard's id. */
  id: string;
  /** One line per indicator. */
  indicators: IndicatorSummary[];
}

/** How a score is worked out from likelihood and impact. */
export type Scoring = "product" | "sum";

/**
 * A named seat on a body: held by one member, shared by two ("CR/MS"), changing hands
 * ("X taken over from Y") or vacant ("substituting for the vacancy").
 *
 * Members hold it through `Member.seat`; a seat with no member current on a day is
 * vacant that day.
 */
export interface Seat {
  /** Host data kept through a round trip. */
  extensions?: {
    [key: string]: unknown;
  };
  /** Host id, used by `Member.seat` and attendance's `seat`. */
  id: string;
  /** Name as the body writes it ("Lead Member", "Primary Heads", "WGA Governor"). */
  name: string;
  /** The organisation the seat is for, if any. */
  organisation?: string | null;
  /** Held jointly by two or more people at once (either may attend). */
  shared?: boolean;
  /** Recorded as vacant from this day (a retirement, a resignation). */
  vacant_from?: Day | null;
}

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

/** One party's part of a total: a partner agency (or, for a split between boards, a body). */
export interface Share {
  /** The amount. */
  amount: Money;
  /** Organisation id (a body id for a split between boards). */
  id: string;
}

/** Request for [`share_of_total`]. */
export interface ShareRequest {
  /** The part (617 re-referrals). */
  part: number;
  /** Decimal places to publish at (0 to 9). */
  places?: number;
  /** The total (3,561 referrals). */
  total: number;
}

/** A share of a total. */
export interface ShareResponse {
  /** `part * 100 / total`, rounded half away from zero at `places`. */
  percent: Decimal;
}

/** An action whose due date was moved. */
export interface Slipped {
  /** The due day in force, when it resolves. */
  due_on?: Day | null;
  /** The action's id. */
  id: string;
  /** Its position in `actions`. */
  index: number;
  /** The original due day, when it resolves. */
  original_due_on?: Day | null;
  /** How many revisions the log records. */
  revisions: number;
  /** How many times the due day moved later. */
  slips: number;
}

/** Where a dated status came from. */
export type Source = "history" | "matters_arising" | "closed_on";

/**
 * A special role on the body. The independent chair, lay members, the lead member, the
 * independent scrutineer and observers attend in their own right: no deputies.
 */
export type SpecialRole = "independent_chair" | "lay_member" | "lead_member" | "chair" | "co_chair" | "vice_chair" | "independent_scrutineer" | "observer" | "adviser" | "board_manager" | "minute_taker";

/** One expenditure line, budgeted against actual. */
export interface SpendLine {
  /** Actual, when recorded. */
  actual?: Money | null;
  /** Budgeted. */
  budgeted: Money;
  /** The heading, as the budget gives it. */
  heading: string;
  /** Index of the line in the budget's `expenditure`. */
  index: number;
  /** Actual when recorded, else budgeted. */
  spent: Money;
  /** Budgeted − spent (positive: under budget; negative: over budget). */
  variance: Money;
}

/** Where this authority stands against a comparator, given the polarity. */
export type Standing = "better" | "same" | "worse";

/** A standing item of the agenda template. */
export type StandingItem = "welcome_and_apologies" | "declarations_of_interest" | "previous_minutes" | "matters_arising" | "any_other_business" | "date_of_next_meeting";

/** One cell of the register's own heat map: how many risks it prints in a cell. */
export interface StatedCell {
  /** The scores the map counts: inherent (initial) or current (revised). */
  basis: HeatBasis;
  /** The number printed in the cell. */
  count: number;
  /** Impact level of the cell. */
  impact: number;
  /** Likelihood level of the cell. */
  likelihood: number;
}

/**
 * A count the register states of its live risks in a band ("12 high risks"): by the
 * band's label, by rating, or both.
 */
export interface StatedCount {
  /** The risk category counted, as the risks' `category` gives it ("Financial"). */
  category?: string | null;
  /** The number stated. */
  count: number;
  /** The band's label as the matrix names it ("High"). */
  label?: string | null;
  /** The rating counted. */
  rating?: Rating | null;
}

/** A subtotal a decision states over some of its recipients. */
export interface StatedSubtotal {
  /** The amount as stated. */
  amount: Money;
  /** What it covers, as the decision words it ("for the 32 boroughs"). */
  label?: string | null;
  /**
   * The recipients it covers, by their body ids. Empty when the paper does not say
   * which (then it is not checked).
   */
  recipients?: string[];
  /**
   * The number of recipients the paper says it covers ("the 32 boroughs"), when stated;
   * checked against the recipients named.
   */
  stated_count?: number | null;
}

/** A budget statement for one year. */
export interface Statement {
  /** The baseline shared by the formula. */
  baseline: Money;
  /** The board. */
  body: string;
  /** Carried forward from last year (negative: a deficit brought in). */
  brought_forward: Money;
  /** Funds available − total spent: carried into next year (negative: a deficit). */
  carry_forward: Money;
  /** Expenditure lines. */
  expenditure: SpendLine[];
  /** Cash income + brought forward + drawn − added. */
  funds_available: Money;
  /**
   * Income by partner: formula partners first in formula order, then others as they
   * first appear (joint payments, one-offs, in-kind); partners who paid last year but
   * not this year come last.
   */
  income: IncomeLine[];
  /** How far over or under (never negative). */
  outturn: Money;
  /** Over, under or on budget. */
  position: Position;
  /** Reserves. */
  reserves: ReserveLine[];
  /** Added to reserves in the year. */
  reserves_added: Money;
  /** Total of reserves at the end of the year. */
  reserves_closing: Money;
  /** Drawn from reserves in the year. */
  reserves_drawn: Money;
  /** Total budgeted. */
  total_budgeted: Money;
  /** Total spent. */
  total_spent: Money;
  /** Total budgeted − total spent. */
  total_variance: Money;
  /** Income totals. */
  totals: IncomeTotals;
  /** The financial year. */
  year: FinancialYear;
}

/**
 * Request for [`statement`]: one year's budget, and last year's for the change on last
 * year.
 */
export interface StatementRequest {
  /** This year's budget. */
  budget: BudgetInput;
  /** Last year's budget, if the change on last year is wanted. */
  previous?: BudgetInput | null;
}

/** The status of an action. */
export type Status = "open" | "in_progress" | "on_going" | "outstanding" | "on_agenda" | "completed" | "closed" | "superseded";

/** One dated change of an action's status ("each meeting adds a dated progress note"). */
export interface StatusChange {
  /** When the status was recorded. */
  date: Day;
  /** Host data kept through a round trip. */
  extensions?: {
    [key: string]: unknown;
  };
  /** The meeting where it was recorded, if any. */
  meeting?: string | null;
  /** Progress note. Required in practice when an action is reopened. */
  note?: string | null;
  /** The status from that date. */
  status: Status;
}

/** How many actions have one status. */
export interface StatusCount {
  /** Actions with that status as of the date. */
  count: number;
  /** The status. */
  status: Status;
}

/** Number of risks per lifecycle status. */
export interface StatusCounts {
  /** Closed. */
  closed: number;
  /** Deferred. */
  deferred: number;
  /** Escalated. */
  escalated: number;
  /** Open. */
  open: number;
  /** Proposed. */
  proposed: number;
}

/** Request for [`summarise`]. */
export interface SummariseRequest {
  /** The period to report (its first month). When absent, each indicator's latest value. */
  period?: YearMonth | null;
  /** The scorecard. */
  scorecard: ScorecardInput;
}

/** The log summarised per owner and per status as of a date. */
export interface Summary {
  /** The date. */
  as_of: Day;
  /**
   * Per owner, people first (by id), then groups, then owners that do not resolve,
   * then actions with no owner.
   */
  by_owner: OwnerSummary[];
  /** Per status, every status in [`Status::ALL`] order. */
  by_status: StatusCount[];
  /** Counts over the whole log. */
  totals: Counts;
}

/** Request for [`summary`]. */
export interface SummaryRequest {
  /** The date of the board paper. */
  as_of: Day;
  /**
   * The review interval in days of each body whose constitution sets one
   * (`risk_review_days`), by the body's id: a risk its owning body sets one for is
   * reviewed on that body's interval, else on `review_days`. A board's own query fills
   * it in from the board.
   */
  body_review_days?: {
    [key: string]: number;
  };
  /** The register. */
  register: RiskRegisterInput;
  /**
   * The review interval in days of the register's body (its constitution's
   * `risk_review_days`), for risks that give no next review and no review frequency.
   * A board's own query fills it in from the board.
   */
  review_days?: number | null;
  /** Reviews falling within this many days after `as_of` count as due. */
  review_within_days?: number;
}

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

/**
 * Thresholds a constitution sets in place of boardkit's defaults, for the findings and
 * reports about its own body. Each is optional: an absent threshold leaves the default
 * in force. RULES.md lists which rules read each one.
 */
export interface Thresholds {
  /**
   * Days before its due date an open action turns amber (in place of 14, and of a log
   * query's own `amber_days`).
   */
  action_amber_days?: number | null;
  /**
   * The attendance percentage below which an agency or member is flagged in the
   * attendance report (whole percent; a report request's own threshold wins).
   */
  attendance_percent?: number | null;
  /**
   * Working days after a key decision's notice is published during which the
   * decision may be called in and not put into effect (schema version 7; five where
   * the constitution sets none).
   */
  call_in_working_days?: number | null;
  /**
   * Working days after a meeting by which its minutes are to be published (schema
   * version 5).
   */
  minutes_publish_working_days?: number | null;
  /**
   * Clear working days before a meeting by which its papers are to be published
   * (schema version 5; a council committee's default is five).
   */
  papers_clear_days?: number | null;
  /**
   * A risk scoring at least this is escalated to the board (used when the register
   * sets no `escalation_score`).
   */
  risk_escalation_score?: number | null;
  /**
   * Days between reviews of a risk, for risks that give no next review date and no
   * review frequency (from the latest assessment or review).
   */
  risk_review_days?: number | null;
}

/** Time of day HH:MM */
export type Time = `${number}:${number}`;

/** A direction of travel and the movement behind it. */
export interface Travel {
  /** Improving, worsening or unchanged, given the polarity. */
  direction: ScorecardDirection;
  /** Up, down or level. */
  movement: Movement;
}

/** Request for [`direction_of_travel`]. */
export interface TravelRequest {
  /** The later value. */
  current: Decimal;
  /** Which way is good. */
  polarity: Polarity;
  /** The earlier value. */
  previous: Decimal;
  /** How big a change must be to count (none: any change). */
  threshold?: TravelThreshold | null;
}

/** How big a change must be to move the direction-of-travel arrow (see the module docs). */
export type TravelThreshold = {
  absolute: Decimal;
} | {
  relative_percent: Decimal;
};

/** What the board has chosen to do about a risk. */
export type Treatment = "treat" | "tolerate" | "transfer" | "terminate";

/** A finding no expectation matched. */
export interface Unexpected {
  /** The rule's code. */
  code: string;
  /** The finding's JSON Pointer. */
  path: string;
  /** The finding's severity. */
  severity: Severity;
}

/** The unit an indicator is measured in. */
export type Unit = "count" | "percent" | "rate_per_10000" | "days" | "rate_per_1000" | "per_day" | "per_year";

/** Options for validating a board document (`BoardDocument::validate`). */
export interface ValidateOptions {
  /**
   * The date to judge "overdue" and "due for review" against. Never the system clock:
   * when absent, rules that need a date are not run.
   */
  as_of?: Day | null;
  /**
   * List, besides the findings, each rule that gave no finding and why
   * (`Report::explained`).
   */
  explain?: boolean;
  /**
   * Report only the findings of these rules (codes of the catalogue; a code that is
   * not one is an error at its pointer, `/only/1`). Every rule is still run; the
   * findings of the others are left out of the report.
   */
  only?: string[] | null;
}

/** Request of [`validate_record`]. */
export type ValidateRecordRequest = ({
  /** The date to judge "overdue" and "due for review" against. */
  as_of?: Day | null;
  /**
   * The board document it belongs to (members, meetings, the risk matrix...). When the
   * record's id is already in the context, the record replaces that entry (an edit);
   * otherwise it is added (a new record). Absent: an empty document. An unusable risk
   * matrix in it is an error, as when the document is read alone.
   */
  context?: BoardDocumentInput | null;
}) & ({
  /** What kind of record `record` is. */
  kind: "organisation";
  /** The record, as a form would build it. */
  record: Organisation;
} | {
  /** What kind of record `record` is. */
  kind: "person";
  /** The record, as a form would build it. */
  record: Person;
} | {
  /** What kind of record `record` is. */
  kind: "body";
  /** The record, as a form would build it. */
  record: BodyInput;
} | {
  /** What kind of record `record` is. */
  kind: "meeting";
  /** The record, as a form would build it. */
  record: MeetingInput;
} | {
  /** What kind of record `record` is. */
  kind: "action";
  /** The record, as a form would build it. */
  record: Action;
} | {
  /** What kind of record `record` is. */
  kind: "risk";
  /** The record, as a form would build it. */
  record: Risk;
} | {
  /** What kind of record `record` is. */
  kind: "budget";
  /** The record, as a form would build it. */
  record: BudgetInput;
} | {
  /** What kind of record `record` is. */
  kind: "scorecard";
  /** The record, as a form would build it. */
  record: ScorecardInput;
});

/** Request for [`validate`]: check one scorecard on its own (for a form). */
export interface ValidateScorecardRequest {
  /** The scorecard. */
  scorecard: ScorecardInput;
}

/** A vote where the minutes record one. */
export interface Vote {
  /** Abstentions. */
  abstained: number;
  /** Votes against. */
  against: number;
  /** Votes for. */
  for: number;
}

/** A vote where the minutes record one. */
export interface VoteInput {
  /** Abstentions. */
  abstained?: number;
  /** Votes against. */
  against?: number;
  /** Votes for. */
  for?: number;
}

/** A date YYYY-MM-DD, a month YYYY-MM, "next_meeting", or {"meeting": id} */
export type When = Day | Month | "next_meeting" | {
  meeting: string;
};

/** A month YYYY-MM */
export type YearMonth = Month;

/** Request for [`year_statement`]: a board document, the board and the year. */
export interface YearStatementRequest {
  /** Body id of the board. */
  body: string;
  /** The document holding the budgets. */
  document: BoardDocumentInput;
  /** The financial year ("2016/17"). */
  year: FinancialYear;
}

/** One yearly (annual) report of a body. */
export interface YearlyReport {
  /**
   * A safeguarding adults board's report: which of the contents the Care Act asks
   * for it covers (schema version 7); empty when the paper does not record them.
   */
  contents?: ReportContent[];
  /**
   * A safeguarding children partnership's report: the lead partners' sign-offs
   * (schema version 7); empty when the paper does not record them.
   */
  partner_sign_offs?: PartnerSignOff[];
  /** The first day of the period it reports on. */
  period_from?: Day | null;
  /** The last day of the period it reports on. */
  period_to?: Day | null;
  /** The day it was published. */
  published?: Day | null;
  /**
   * A safeguarding adults board's report: whom it was sent to (schema version 7);
   * empty when the paper does not record its distribution.
   */
  sent_to?: ReportRecipient[];
  /** Who signed it off (person ids). */
  signed_off_by?: string[];
}
