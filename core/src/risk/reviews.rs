// Reviews due and overdue, and the risks above the escalation threshold, as of a date.
// Re-exported from [`super::register`].


/// Request for [`reviews`]: a register, a date, and how far ahead "due" reaches.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReviewRequest {
    /// The register.
    pub register: RiskRegister,
    /// The date to judge it as of.
    pub as_of: Date,
    /// A review falling within this many days after `as_of` (inclusive) is due.
    #[serde(default)]
    pub within_days: u32,
    /// The review interval in days of the register's body (its constitution's
    /// `risk_review_days`), for risks that give no next review and no review frequency.
    /// A board's own query fills it in from the board.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_days: Option<u32>,
    /// The review interval in days of each body whose constitution sets one
    /// (`risk_review_days`), by the body's id: a risk its owning body sets one for is
    /// reviewed on that body's interval, else on `review_days`. A board's own query fills
    /// it in from the board.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub body_review_days: std::collections::BTreeMap<Id, u32>,
}

/// A risk whose review is due or overdue.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewItem {
    /// The risk's id.
    pub id: Id,
    /// Its index in the register.
    pub index: usize,
    /// The review date.
    pub review_due: Date,
    /// Days from `as_of` to the review date (negative when overdue).
    pub days: i64,
}

/// A deferred risk and when the board means to revisit it.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeferredItem {
    /// The risk's id.
    pub id: Id,
    /// Its index in the register.
    pub index: usize,
    /// When it is to be revisited, as recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revisit: Option<When>,
}

/// Response of [`reviews`].
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewList {
    /// The date judged as of.
    pub as_of: Date,
    /// Live risks whose review date is before `as_of`, most overdue first.
    pub overdue: Vec<ReviewItem>,
    /// Live risks whose review date is from `as_of` to `as_of + within_days`, soonest first.
    pub due: Vec<ReviewItem>,
    /// Live risks with no review date and no review frequency, by id.
    pub no_review_date: Vec<Id>,
    /// Deferred risks and when they are to be revisited.
    pub deferred: Vec<DeferredItem>,
}

impl RiskRegister {
    /// Reviews due within `within_days` of `as_of`, and overdue, for the live risks.
    pub fn reviews(&self, as_of: Date, within_days: u32) -> ReviewList {
        self.reviews_with(as_of, within_days, None)
    }

    /// [`RiskRegister::reviews`], with the body's review interval in days for risks that
    /// give no next review and no frequency (as the validator's `risk.review_overdue`).
    pub fn reviews_with(&self, as_of: Date, within_days: u32, days: Option<u32>) -> ReviewList {
        self.reviews_in(as_of, within_days, Intervals::one(days))
    }

    /// [`RiskRegister::reviews`], each risk with its own body's review interval.
    pub(crate) fn reviews_in(&self, as_of: Date, within_days: u32, days: Intervals<'_>) -> ReviewList {
        let mut out = ReviewList {
            as_of,
            overdue: Vec::new(),
            due: Vec::new(),
            no_review_date: Vec::new(),
            deferred: Vec::new(),
        };
        for (k, r) in self.risks.iter().enumerate() {
            if !r.raised_by(as_of) {
                continue;
            }
            if r.status == RiskStatus::Deferred {
                out.deferred.push(DeferredItem {
                    id: r.id.clone(),
                    index: k,
                    revisit: r.revisit.clone(),
                });
                continue;
            }
            if !r.live_on(as_of) {
                continue;
            }
            let Some(due) = r.review_due_with(as_of, days.of(r)) else {
                out.no_review_date.push(r.id.clone());
                continue;
            };
            let days = due.signed_duration_since(as_of).num_days();
            let item = ReviewItem {
                id: r.id.clone(),
                index: k,
                review_due: due,
                days,
            };
            if days < 0 {
                out.overdue.push(item);
            } else if days <= i64::from(within_days) {
                out.due.push(item);
            }
        }
        out.overdue.sort_by_key(|i| (i.days, i.index));
        out.due.sort_by_key(|i| (i.days, i.index));
        out
    }
}

/// Risks due for review within a window after a date, overdue for review, with no review
/// date, and deferred risks with their revisit.
///
/// Errors: [`Error::Config`] at `/register/...` when the configuration is unusable.
pub fn reviews(request: &ReviewRequest) -> Result<ReviewList, Error> {
    request.register.check_config("/register")?;
    Ok(request
        .register
        .reviews_in(request.as_of, request.within_days, Intervals {
            register: request.review_days,
            bodies: Some(&request.body_review_days),
        }))
}

/// Request for [`escalations`].
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EscalationRequest {
    /// The register.
    pub register: RiskRegister,
    /// The date to judge it as of.
    pub as_of: Date,
    /// Threshold score (at or above it is escalated); the register's own when absent.
    #[serde(default)]
    pub threshold: Option<u32>,
}

/// Response of [`escalations`].
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EscalationList {
    /// The date judged as of.
    pub as_of: Date,
    /// The threshold used.
    pub threshold: u32,
    /// Live risks scoring at or above the threshold, highest score first.
    pub risks: Vec<RiskRating>,
}

impl RiskRegister {
    /// Live risks whose score as of `as_of` is at or above `threshold`, highest first.
    pub fn above(&self, as_of: Date, threshold: u32) -> Vec<RiskRating> {
        let mut v: Vec<RiskRating> = self
            .ratings(as_of)
            .into_iter()
            .filter(|r| r.live && r.score.is_some_and(|s| s >= threshold))
            .collect();
        v.sort_by(|a, b| b.score.cmp(&a.score).then(a.index.cmp(&b.index)));
        v
    }
}

/// Live risks at or above the escalation threshold as of a date.
///
/// Errors: [`Error::Config`] at `/register/...` when the configuration is unusable.
pub fn escalations(request: &EscalationRequest) -> Result<EscalationList, Error> {
    let reg = &request.register;
    reg.check_config("/register")?;
    let threshold = request
        .threshold
        .unwrap_or_else(|| reg.escalation_threshold());
    Ok(EscalationList {
        as_of: request.as_of,
        threshold,
        risks: reg.above(request.as_of, threshold),
    })
}
