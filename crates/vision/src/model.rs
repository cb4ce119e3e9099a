//! A vision version: its sections and bilingual paragraphs, and the edits a draft accepts.
//!
//! Paragraphs carry a key that stays the same from one version to the next, so two versions
//! can be compared paragraph by paragraph and an amendment names the paragraph it changes.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// The SDGs the city contributes to, as the dialogue's seed lists them.
pub const SEED_SDGS: [u8; 9] = [4, 6, 7, 8, 9, 11, 12, 15, 17];

/// A paragraph's identity across versions: kept when a version is copied or amended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ParagraphKey(pub u32);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum VersionState {
    Draft,
    Adopted,
    Superseded,
}

impl VersionState {
    /// Stable name for JSON and Fluent ids.
    pub fn key(self) -> &'static str {
        match self {
            VersionState::Draft => "draft",
            VersionState::Adopted => "adopted",
            VersionState::Superseded => "superseded",
        }
    }
}

/// What a section holds. The five kinds of APSEC's checklist exist once in every version;
/// free sections are added by the drafters with their own titles.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum SectionKind {
    /// The city's overarching purpose, in one sentence.
    Purpose,
    /// One paragraph per core value; 3 to 5 of them.
    CoreValues,
    /// Carbon neutrality by a year, disaster resilience, energy for all.
    LongTermGoals,
    /// The SDGs the city contributes to.
    Sdgs,
    /// What the city commits to, e.g. the circular-economy levers.
    Commitments,
    Free {
        title_zh: String,
        title_en: String,
    },
}

impl SectionKind {
    /// The sections every new version starts with, in this order.
    pub const FIXED: [SectionKind; 5] = [
        SectionKind::Purpose,
        SectionKind::CoreValues,
        SectionKind::LongTermGoals,
        SectionKind::Sdgs,
        SectionKind::Commitments,
    ];

    pub fn is_free(&self) -> bool {
        matches!(self, SectionKind::Free { .. })
    }
}

/// One paragraph, its Chinese and English text side by side.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Paragraph {
    pub key: ParagraphKey,
    pub text_zh: String,
    pub text_en: String,
    /// The drafters know one language is missing or stale; the checklist accepts it.
    pub not_yet_translated: bool,
}

impl Paragraph {
    /// Present in both languages, or marked as waiting for its translation.
    pub fn is_bilingual_or_marked(&self) -> bool {
        self.not_yet_translated
            || (!self.text_zh.trim().is_empty() && !self.text_en.trim().is_empty())
    }
}

/// The text of a paragraph before it has a key.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ParagraphText {
    pub text_zh: String,
    pub text_en: String,
    pub not_yet_translated: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Section {
    #[serde(flatten)]
    pub kind: SectionKind,
    pub paragraphs: Vec<Paragraph>,
}

/// Who saved a version and when; the time is passed in, never read from a clock here.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Saved {
    pub by: String,
    pub at: NaiveDateTime,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Version {
    /// From 1.
    pub number: u32,
    pub state: VersionState,
    pub saved: Saved,
    pub sections: Vec<Section>,
    /// The year the city means to be carbon neutral.
    pub neutrality_year: Option<i32>,
    /// The SDGs the city contributes to, by number.
    pub sdgs: Vec<u8>,
    /// The key the next new paragraph gets; never reused, so a removed paragraph's key
    /// never pairs with a new one in a diff.
    pub next_key: u32,
}

/// Where a section sits in a version, from 0.
pub type SectionIndex = usize;

/// Why an edit of a version was refused.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum EditRefusal {
    #[error("version {number} is {} and cannot change", state.key())]
    NotADraft { number: u32, state: VersionState },
    #[error("there is no section {index}")]
    NoSuchSection { index: SectionIndex },
    #[error("there is no paragraph {key:?}")]
    NoSuchParagraph { key: ParagraphKey },
    #[error("position {position} is beyond the {len} places there are")]
    PositionOutOfRange { position: usize, len: usize },
    #[error("the five standard sections exist once and stay")]
    FixedSection,
}

impl EditRefusal {
    /// Fluent id of the message that says it.
    pub fn message_id(&self) -> &'static str {
        match self {
            EditRefusal::NotADraft { .. } => "vision-refusal-not-a-draft",
            EditRefusal::NoSuchSection { .. } => "vision-refusal-no-such-section",
            EditRefusal::NoSuchParagraph { .. } => "vision-refusal-no-such-paragraph",
            EditRefusal::PositionOutOfRange { .. } => "vision-refusal-position",
            EditRefusal::FixedSection => "vision-refusal-fixed-section",
        }
    }
}

impl Version {
    /// A first, empty draft: the five standard sections and the seed SDGs.
    pub fn first_draft(saved: Saved) -> Version {
        Version {
            number: 1,
            state: VersionState::Draft,
            saved,
            sections: SectionKind::FIXED
                .into_iter()
                .map(|kind| Section {
                    kind,
                    paragraphs: Vec::new(),
                })
                .collect(),
            neutrality_year: None,
            sdgs: SEED_SDGS.to_vec(),
            next_key: 1,
        }
    }

    /// The next draft: the same content, keys and goals under the next number.
    pub fn next_draft(&self, saved: Saved) -> Version {
        Version {
            number: self.number + 1,
            state: VersionState::Draft,
            saved,
            ..self.clone()
        }
    }

    pub fn paragraphs(&self) -> impl Iterator<Item = &Paragraph> {
        self.sections.iter().flat_map(|s| s.paragraphs.iter())
    }

    pub fn paragraph(&self, key: ParagraphKey) -> Option<&Paragraph> {
        self.paragraphs().find(|p| p.key == key)
    }

    /// The paragraphs of every section of this kind (the fixed kinds exist once).
    pub fn section_paragraphs(&self, kind: &SectionKind) -> impl Iterator<Item = &Paragraph> {
        self.sections
            .iter()
            .filter(move |s| &s.kind == kind)
            .flat_map(|s| s.paragraphs.iter())
    }

    fn ensure_draft(&self) -> Result<(), EditRefusal> {
        match self.state {
            VersionState::Draft => Ok(()),
            state => Err(EditRefusal::NotADraft {
                number: self.number,
                state,
            }),
        }
    }

    fn section_mut(&mut self, index: SectionIndex) -> Result<&mut Section, EditRefusal> {
        self.sections
            .get_mut(index)
            .ok_or(EditRefusal::NoSuchSection { index })
    }

    fn locate(&self, key: ParagraphKey) -> Result<(SectionIndex, usize), EditRefusal> {
        self.sections
            .iter()
            .enumerate()
            .find_map(|(s, section)| {
                section
                    .paragraphs
                    .iter()
                    .position(|p| p.key == key)
                    .map(|p| (s, p))
            })
            .ok_or(EditRefusal::NoSuchParagraph { key })
    }

    /// Adds a free section at `position`; the standard ones cannot be added twice.
    pub fn add_section(
        &mut self,
        position: usize,
        kind: SectionKind,
    ) -> Result<SectionIndex, EditRefusal> {
        self.ensure_draft()?;
        if !kind.is_free() {
            return Err(EditRefusal::FixedSection);
        }
        check_position(position, self.sections.len() + 1)?;
        self.sections.insert(
            position,
            Section {
                kind,
                paragraphs: Vec::new(),
            },
        );
        Ok(position)
    }

    /// Moves a section, standard or free, to `to`.
    pub fn move_section(&mut self, from: SectionIndex, to: usize) -> Result<(), EditRefusal> {
        self.ensure_draft()?;
        let len = self.sections.len();
        if from >= len {
            return Err(EditRefusal::NoSuchSection { index: from });
        }
        check_position(to, len)?;
        let section = self.sections.remove(from);
        self.sections.insert(to, section);
        Ok(())
    }

    /// Removes a free section with its paragraphs; the standard sections stay.
    pub fn remove_section(&mut self, index: SectionIndex) -> Result<Section, EditRefusal> {
        self.ensure_draft()?;
        let section = self
            .sections
            .get(index)
            .ok_or(EditRefusal::NoSuchSection { index })?;
        if !section.kind.is_free() {
            return Err(EditRefusal::FixedSection);
        }
        Ok(self.sections.remove(index))
    }

    /// Adds a paragraph to a section at `position` and returns its new key.
    pub fn add_paragraph(
        &mut self,
        section: SectionIndex,
        position: usize,
        text: ParagraphText,
    ) -> Result<ParagraphKey, EditRefusal> {
        self.ensure_draft()?;
        let key = ParagraphKey(self.next_key);
        let target = self.section_mut(section)?;
        check_position(position, target.paragraphs.len() + 1)?;
        target.paragraphs.insert(
            position,
            Paragraph {
                key,
                text_zh: text.text_zh,
                text_en: text.text_en,
                not_yet_translated: text.not_yet_translated,
            },
        );
        self.next_key += 1;
        Ok(key)
    }

    /// Replaces a paragraph's text, keeping its key.
    pub fn edit_paragraph(
        &mut self,
        key: ParagraphKey,
        text: ParagraphText,
    ) -> Result<(), EditRefusal> {
        self.ensure_draft()?;
        let (s, p) = self.locate(key)?;
        let paragraph = &mut self.sections[s].paragraphs[p];
        paragraph.text_zh = text.text_zh;
        paragraph.text_en = text.text_en;
        paragraph.not_yet_translated = text.not_yet_translated;
        Ok(())
    }

    /// Moves a paragraph to `position` in `section` (the same one or another).
    pub fn move_paragraph(
        &mut self,
        key: ParagraphKey,
        section: SectionIndex,
        position: usize,
    ) -> Result<(), EditRefusal> {
        self.ensure_draft()?;
        let (from_section, from_position) = self.locate(key)?;
        if section >= self.sections.len() {
            return Err(EditRefusal::NoSuchSection { index: section });
        }
        // Checked against the target as it will be once the paragraph left its place.
        let target_len =
            self.sections[section].paragraphs.len() - usize::from(section == from_section);
        check_position(position, target_len + 1)?;
        let paragraph = self.sections[from_section].paragraphs.remove(from_position);
        self.sections[section]
            .paragraphs
            .insert(position, paragraph);
        Ok(())
    }

    pub fn remove_paragraph(&mut self, key: ParagraphKey) -> Result<Paragraph, EditRefusal> {
        self.ensure_draft()?;
        let (s, p) = self.locate(key)?;
        Ok(self.sections[s].paragraphs.remove(p))
    }

    pub fn set_neutrality_year(&mut self, year: Option<i32>) -> Result<(), EditRefusal> {
        self.ensure_draft()?;
        self.neutrality_year = year;
        Ok(())
    }

    /// Sets the SDGs, sorted and without repeats.
    pub fn set_sdgs(&mut self, mut sdgs: Vec<u8>) -> Result<(), EditRefusal> {
        self.ensure_draft()?;
        sdgs.sort_unstable();
        sdgs.dedup();
        self.sdgs = sdgs;
        Ok(())
    }
}

/// `position` must be below `places` (the number of places something can go).
fn check_position(position: usize, places: usize) -> Result<(), EditRefusal> {
    if position < places {
        Ok(())
    } else {
        Err(EditRefusal::PositionOutOfRange {
            position,
            len: places,
        })
    }
}
