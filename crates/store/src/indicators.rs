//! The Deficits stage's records: indicator values, benchmarks, scorecard workshops and the
//! dialogue's ranking of deficits.

use std::collections::BTreeMap;

use concord_deficits::{Benchmark, BenchmarkKind, IndicatorValue};
use rusqlite::{OptionalExtension, Row, TransactionBehavior, params};

use crate::{Store, StoreError};

/// What to do with a value whose indicator and year are already stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnDuplicateValue {
    /// Refuse the whole import, naming the rows.
    Refuse,
    Skip,
    Update,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ValueImportCount {
    pub added: usize,
    pub updated: usize,
    pub skipped: usize,
}

/// A scorecard workshop held in a meeting.
#[derive(Debug, Clone, PartialEq)]
pub struct Workshop {
    pub id: i64,
    pub meeting_id: Option<i64>,
    pub level: String,
    pub catalogue_version: String,
    pub held_on: String,
    pub title: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct StoredScore {
    pub code: String,
    pub score: u8,
    pub comment: String,
    pub evidence: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DeficitRanking {
    pub id: i64,
    pub meeting_id: Option<i64>,
    /// `dots` or `borda`.
    pub method: String,
    pub dots_each: u32,
    pub candidates: Vec<String>,
    pub closed: bool,
    /// Per stakeholder: dots per candidate, or places (1 = first).
    pub ballots: BTreeMap<i64, BTreeMap<String, u32>>,
}

const VALUE_COLUMNS: &str = "code, year, value, unit, ppp_base_year, source, note";

fn value_from_row(row: &Row<'_>) -> rusqlite::Result<IndicatorValue> {
    Ok(IndicatorValue {
        code: row.get(0)?,
        year: row.get(1)?,
        value: row.get(2)?,
        unit: row.get(3)?,
        ppp_base_year: row.get(4)?,
        source: row.get(5)?,
        note: row.get(6)?,
    })
}

impl Store {
    /// Indicator and year pairs of `values` that are already stored.
    pub fn stored_value_years(
        &self,
        values: &[IndicatorValue],
    ) -> Result<Vec<(String, i32)>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT 1 FROM indicator_value WHERE code = ?1 AND year = ?2")?;
        let mut found = Vec::new();
        for v in values {
            if stmt.exists(params![v.code, v.year])? {
                found.push((v.code.clone(), v.year));
            }
        }
        Ok(found)
    }

    /// Writes every value or none. The duplicate check runs inside the same IMMEDIATE
    /// transaction as the writes, so two imports at once cannot both add a value.
    pub fn save_indicator_values(
        &mut self,
        values: &[IndicatorValue],
        on_duplicate: OnDuplicateValue,
    ) -> Result<ValueImportCount, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut count = ValueImportCount::default();
        {
            let mut exists =
                tx.prepare_cached("SELECT 1 FROM indicator_value WHERE code = ?1 AND year = ?2")?;
            let mut insert = tx.prepare_cached(&format!(
                "INSERT INTO indicator_value ({VALUE_COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
            ))?;
            let mut update = tx.prepare_cached(
                "UPDATE indicator_value SET value = ?3, unit = ?4, ppp_base_year = ?5,
                 source = ?6, note = ?7 WHERE code = ?1 AND year = ?2",
            )?;
            let mut refused = Vec::new();
            for v in values {
                let args = params![
                    v.code,
                    v.year,
                    v.value,
                    v.unit,
                    v.ppp_base_year,
                    v.source,
                    v.note
                ];
                if !exists.exists(params![v.code, v.year])? {
                    insert.execute(args)?;
                    count.added += 1;
                    continue;
                }
                match on_duplicate {
                    OnDuplicateValue::Refuse => refused.push((v.code.clone(), v.year)),
                    OnDuplicateValue::Skip => count.skipped += 1,
                    OnDuplicateValue::Update => {
                        update.execute(args)?;
                        count.updated += 1;
                    }
                }
            }
            if !refused.is_empty() {
                return Err(StoreError::ValuesAlreadyStored(refused));
            }
        }
        tx.commit()?;
        Ok(count)
    }

    /// Every stored value, by indicator and year.
    pub fn indicator_values(&self) -> Result<Vec<IndicatorValue>, StoreError> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {VALUE_COLUMNS} FROM indicator_value ORDER BY code, year"
        ))?;
        let rows = stmt.query_map([], value_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn set_benchmark(&self, code: &str, benchmark: &Benchmark) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO indicator_benchmark (code, value, kind, year, source)
             VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT(code) DO UPDATE SET value = excluded.value, kind = excluded.kind,
             year = excluded.year, source = excluded.source",
            params![
                code,
                benchmark.value,
                kind_key(benchmark.kind),
                benchmark.year,
                benchmark.source
            ],
        )?;
        Ok(())
    }

    /// Sets the benchmark of an indicator known by `codes` under the first, removing any kept
    /// under another of its codes, in one transaction.
    pub fn replace_benchmark(
        &mut self,
        codes: &[String],
        benchmark: &Benchmark,
    ) -> Result<(), StoreError> {
        let Some(first) = codes.first() else {
            return Ok(());
        };
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        for code in &codes[1..] {
            tx.execute("DELETE FROM indicator_benchmark WHERE code = ?1", [code])?;
        }
        tx.execute(
            "INSERT INTO indicator_benchmark (code, value, kind, year, source)
             VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT(code) DO UPDATE SET value = excluded.value, kind = excluded.kind,
             year = excluded.year, source = excluded.source",
            params![
                first,
                benchmark.value,
                kind_key(benchmark.kind),
                benchmark.year,
                benchmark.source
            ],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Removes the benchmarks kept under any of `codes`.
    pub fn remove_benchmarks(&mut self, codes: &[String]) -> Result<usize, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut removed = 0;
        for code in codes {
            removed += tx.execute("DELETE FROM indicator_benchmark WHERE code = ?1", [code])?;
        }
        tx.commit()?;
        Ok(removed)
    }

    pub fn benchmarks(&self) -> Result<BTreeMap<String, Benchmark>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT code, value, kind, year, source FROM indicator_benchmark")?;
        let rows = stmt.query_map([], |row| {
            let kind: String = row.get(2)?;
            Ok((
                row.get::<_, String>(0)?,
                kind,
                Benchmark {
                    value: row.get(1)?,
                    kind: BenchmarkKind::DialogueOwn,
                    year: row.get(3)?,
                    source: row.get(4)?,
                },
            ))
        })?;
        let mut out = BTreeMap::new();
        for row in rows {
            let (code, kind, mut benchmark) = row?;
            benchmark.kind =
                kind_from_key(&kind).ok_or_else(|| StoreError::Corrupt(format!("kind {kind}")))?;
            out.insert(code, benchmark);
        }
        Ok(out)
    }

    pub fn add_workshop(
        &self,
        meeting_id: Option<i64>,
        level: &str,
        catalogue_version: &str,
        held_on: &str,
        title: &str,
    ) -> Result<i64, StoreError> {
        self.conn.execute(
            "INSERT INTO scorecard_workshop (meeting_id, level, catalogue_version, held_on, title)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![meeting_id, level, catalogue_version, held_on, title],
        )?;
        Ok(self.conn.last_insert_rowid())
    }

    pub fn workshops(&self) -> Result<Vec<Workshop>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, meeting_id, level, catalogue_version, held_on, title
             FROM scorecard_workshop ORDER BY held_on, id",
        )?;
        let rows = stmt.query_map([], |row| {
            Ok(Workshop {
                id: row.get(0)?,
                meeting_id: row.get(1)?,
                level: row.get(2)?,
                catalogue_version: row.get(3)?,
                held_on: row.get(4)?,
                title: row.get(5)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Records or replaces one score; the caller has checked it against the scorecard.
    pub fn set_score(&self, workshop_id: i64, score: &StoredScore) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO scorecard_score (workshop_id, code, score, comment, evidence)
             VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT(workshop_id, code) DO UPDATE SET score = excluded.score,
             comment = excluded.comment, evidence = excluded.evidence",
            params![
                workshop_id,
                score.code,
                score.score,
                score.comment,
                score.evidence
            ],
        )?;
        Ok(())
    }

    pub fn scores(&self, workshop_id: i64) -> Result<Vec<StoredScore>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT code, score, comment, evidence FROM scorecard_score
             WHERE workshop_id = ?1 ORDER BY rowid",
        )?;
        let rows = stmt.query_map([workshop_id], |row| {
            Ok(StoredScore {
                code: row.get(0)?,
                score: row.get(1)?,
                comment: row.get(2)?,
                evidence: row.get(3)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Opens a ranking of `candidates` (deficit codes or scorecard question codes).
    pub fn open_ranking(
        &mut self,
        meeting_id: Option<i64>,
        method: &str,
        dots_each: u32,
        candidates: &[String],
        opened_at: &str,
    ) -> Result<i64, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute(
            "INSERT INTO deficit_ranking (meeting_id, method, dots_each, opened_at)
             VALUES (?1, ?2, ?3, ?4)",
            params![meeting_id, method, dots_each, opened_at],
        )?;
        let id = tx.last_insert_rowid();
        for (position, candidate) in candidates.iter().enumerate() {
            tx.execute(
                "INSERT INTO deficit_ranking_candidate (ranking_id, candidate, position)
                 VALUES (?1, ?2, ?3)",
                params![id, candidate, position as i64],
            )?;
        }
        tx.commit()?;
        Ok(id)
    }

    /// Replaces one participant's ballot as a whole, durably, before returning.
    pub fn cast_ballot(
        &mut self,
        ranking_id: i64,
        stakeholder_id: i64,
        points: &BTreeMap<String, u32>,
    ) -> Result<(), StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute(
            "DELETE FROM deficit_ranking_ballot WHERE ranking_id = ?1 AND stakeholder_id = ?2",
            params![ranking_id, stakeholder_id],
        )?;
        for (candidate, n) in points.iter().filter(|(_, n)| **n > 0) {
            tx.execute(
                "INSERT INTO deficit_ranking_ballot (ranking_id, stakeholder_id, candidate, points)
                 VALUES (?1, ?2, ?3, ?4)",
                params![ranking_id, stakeholder_id, candidate, n],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    pub fn close_ranking(&self, ranking_id: i64, closed_at: &str) -> Result<(), StoreError> {
        self.conn.execute(
            "UPDATE deficit_ranking SET closed_at = ?2 WHERE id = ?1",
            params![ranking_id, closed_at],
        )?;
        Ok(())
    }

    /// The latest ranking with its ballots, if any.
    pub fn latest_ranking(&self) -> Result<Option<DeficitRanking>, StoreError> {
        self.ranking_where("?1 IS NULL", None)
    }

    /// The latest closed ranking held in meeting `meeting_id`, for its minutes.
    pub fn meeting_ranking(&self, meeting_id: i64) -> Result<Option<DeficitRanking>, StoreError> {
        self.ranking_where(
            "meeting_id = ?1 AND closed_at IS NOT NULL",
            Some(meeting_id),
        )
    }

    fn ranking_where(
        &self,
        condition: &str,
        meeting_id: Option<i64>,
    ) -> Result<Option<DeficitRanking>, StoreError> {
        let head = self
            .conn
            .query_row(
                &format!(
                    "SELECT id, meeting_id, method, dots_each, closed_at IS NOT NULL
                     FROM deficit_ranking WHERE {condition} ORDER BY id DESC LIMIT 1"
                ),
                [meeting_id],
                |row| {
                    Ok(DeficitRanking {
                        id: row.get(0)?,
                        meeting_id: row.get(1)?,
                        method: row.get(2)?,
                        dots_each: row.get(3)?,
                        candidates: Vec::new(),
                        closed: row.get(4)?,
                        ballots: BTreeMap::new(),
                    })
                },
            )
            .optional()?;
        let Some(mut ranking) = head else {
            return Ok(None);
        };
        let mut stmt = self.conn.prepare_cached(
            "SELECT candidate FROM deficit_ranking_candidate WHERE ranking_id = ?1
             ORDER BY position",
        )?;
        ranking.candidates = stmt
            .query_map([ranking.id], |row| row.get(0))?
            .collect::<Result<_, _>>()?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT stakeholder_id, candidate, points FROM deficit_ranking_ballot
             WHERE ranking_id = ?1",
        )?;
        let rows = stmt.query_map([ranking.id], |row| {
            Ok((
                row.get::<_, i64>(0)?,
                row.get::<_, String>(1)?,
                row.get::<_, u32>(2)?,
            ))
        })?;
        for row in rows {
            let (who, candidate, points) = row?;
            ranking
                .ballots
                .entry(who)
                .or_default()
                .insert(candidate, points);
        }
        Ok(Some(ranking))
    }
}

fn kind_key(kind: BenchmarkKind) -> &'static str {
    match kind {
        BenchmarkKind::NationalTarget => "national-target",
        BenchmarkKind::PartnerCity => "partner-city",
        BenchmarkKind::WhoGuideline => "who-guideline",
        BenchmarkKind::DialogueOwn => "dialogue-own",
    }
}

fn kind_from_key(key: &str) -> Option<BenchmarkKind> {
    [
        BenchmarkKind::NationalTarget,
        BenchmarkKind::PartnerCity,
        BenchmarkKind::WhoGuideline,
        BenchmarkKind::DialogueOwn,
    ]
    .into_iter()
    .find(|k| kind_key(*k) == key)
}
