//! The demo's declarations: the CNSC membership declaration, dated on the day of the first
//! plenary and already signed by the focal point (the mayor has yet to sign), and a draft
//! circular-economy commitment made from its template.

use chrono::{NaiveDate, NaiveTime};
use concord_domain::declaration::roles;
use concord_domain::{Declaration, DeclarationTemplate, Dialogue, DrawnSignature};
use concord_i18n::{I18n, Locale};

use crate::{Store, StoreError};

/// Ids of the declarations `add` wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DemoDeclarations {
    pub membership: i64,
    pub circular_economy: i64,
}

pub(crate) fn add(
    store: &mut Store,
    dialogue: &Dialogue,
    day: NaiveDate,
) -> Result<DemoDeclarations, StoreError> {
    let at = |h, m| day.and_time(NaiveTime::from_hms_opt(h, m, 0).unwrap_or_default());
    let membership =
        store.save_declaration(&Declaration::membership(dialogue, Some(day)), at(8, 30))?;
    store.save_drawn_signature(
        membership.id,
        roles::FOCAL_POINT,
        &sample_signature(),
        at(8, 45),
    )?;

    let (zh, en) = (I18n::new(Locale::ZhCn), I18n::new(Locale::En));
    // To be signed at the next plenary, four weeks later.
    let draft = DeclarationTemplate::CircularEconomy.instantiate(
        dialogue,
        Some(day + chrono::Days::new(28)),
        |id| zh.msg(id),
        |id| en.msg(id),
    );
    let circular = store.save_declaration(&draft, at(12, 40))?;
    Ok(DemoDeclarations {
        membership: membership.id,
        circular_economy: circular.id,
    })
}

/// A handwritten-looking signature, the same every time: a looped capital, a run of cursive
/// loops that fades to the right, a dot and an underline flourish.
pub fn sample_signature() -> DrawnSignature {
    let capital: Vec<(f32, f32)> = (0..=60)
        .map(|i| {
            let t = i as f32 / 60.0;
            if t < 0.6 {
                // Down the stem, leaning slightly.
                let u = t / 0.6;
                (0.12 - 0.03 * u + 0.01 * (u * 9.0).sin(), 0.08 + 0.72 * u)
            } else {
                // A loop at the foot that swings out to the right.
                let u = (t - 0.6) / 0.4 * std::f32::consts::PI * 1.5;
                (
                    0.09 + 0.06 * u.sin() + 0.05 * u / 4.7,
                    0.80 - 0.08 * (1.0 - u.cos()),
                )
            }
        })
        .collect();
    let cursive: Vec<(f32, f32)> = (0..=160)
        .map(|i| {
            let t = i as f32 / 160.0;
            let phase = t * std::f32::consts::TAU * 5.5;
            let amplitude = 0.28 * (1.0 - 0.55 * t);
            let x = 0.22 + 0.68 * t + 0.025 * phase.cos();
            let y = 0.58 - amplitude * phase.sin().abs() + 0.06 * t;
            (x, y)
        })
        .collect();
    let dot = vec![(0.47, 0.18)];
    let flourish: Vec<(f32, f32)> = (0..=50)
        .map(|i| {
            let t = i as f32 / 50.0;
            (0.14 + 0.80 * t, 0.86 - 0.10 * t + 0.04 * (t * 6.0).sin())
        })
        .collect();
    let clamp = |(x, y): (f32, f32)| (x.clamp(0.0, 1.0), y.clamp(0.0, 1.0));
    DrawnSignature {
        strokes: [capital, cursive, dot, flourish]
            .into_iter()
            .map(|s| s.into_iter().map(clamp).collect())
            .collect(),
    }
}

/// A second hand, for the high-level representative: a pointed capital like a W, a run of
/// flat, wide loops climbing to the right, and a short stroke through them.
pub fn representative_signature() -> DrawnSignature {
    let capital: Vec<(f32, f32)> = (0..=48)
        .map(|i| {
            let t = i as f32 / 48.0;
            // Four strokes down and up, each peak a little lower.
            let phase = t * 4.0;
            let up = (phase.fract() - 0.5).abs() * 2.0;
            (0.06 + 0.22 * t, 0.22 + 0.5 * (1.0 - up) + 0.06 * t)
        })
        .collect();
    let loops: Vec<(f32, f32)> = (0..=140)
        .map(|i| {
            let t = i as f32 / 140.0;
            let phase = t * std::f32::consts::TAU * 4.0;
            let x = 0.30 + 0.62 * t - 0.03 * phase.sin();
            let y = 0.62 - 0.14 * t - 0.12 * (1.0 - phase.cos()) * (1.0 - 0.4 * t);
            (x, y)
        })
        .collect();
    let cross: Vec<(f32, f32)> = (0..=20)
        .map(|i| {
            let t = i as f32 / 20.0;
            (0.40 + 0.42 * t, 0.44 - 0.12 * t)
        })
        .collect();
    let clamp = |(x, y): (f32, f32)| (x.clamp(0.0, 1.0), y.clamp(0.0, 1.0));
    DrawnSignature {
        strokes: [capital, loops, cross]
            .into_iter()
            .map(|s| s.into_iter().map(clamp).collect())
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sample_signature_is_valid() {
        let sig = sample_signature();
        assert_eq!(sig.validate(), Ok(()));
        assert_eq!(sig.strokes.len(), 4);
        let other = representative_signature();
        assert_eq!(other.validate(), Ok(()));
        // Two people never sign with the same hand.
        assert_ne!(other, sig);
    }
}
