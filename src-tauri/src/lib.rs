//! The desktop shell: opens the database, serves the bundled UI and routes its commands.
//!
//! Architecture invariant: no business rule lives here; every command is a call into the
//! domain or store crates, or one use case of `concord-usecases`, that the CLI can make too.

mod commands;
mod commands_bau;
mod commands_declarations;
mod commands_deficits;
mod commands_measures;
mod commands_meetings;
mod commands_pledge_signatures;
mod commands_questions;
mod commands_register;
mod commands_targets;
mod commands_vision;
mod commands_vision_signatures;
pub mod dto;
mod error;
mod export;
mod projector;
mod safety;
mod state;
mod use_case;

use state::AppState;

pub fn run() {
    // A database that cannot be opened leads to the recovery screen, not to an exit.
    // How a `concord restore` names this program when it finds the database open.
    concord_store::lock::set_holder_name("Concord (共识)");
    let state = match AppState::open_or_recover() {
        Ok(state) => state,
        Err(error) => {
            let i18n = concord_i18n::I18n::new(concord_i18n::Locale::from_env());
            let (id, args) = error.message();
            eprintln!("{}", i18n.fmt_text(id, &args));
            std::process::exit(1);
        }
    };
    let result = tauri::Builder::default()
        .manage(state)
        .manage(projector::Projector::default())
        .manage(export::ExportedFiles::default())
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .setup(safety::start_daily_backups)
        .invoke_handler(tauri::generate_handler![
            commands::app_info,
            commands::set_locale,
            commands::default_dialogue,
            commands::get_dialogue,
            commands::open_demo,
            commands::close_demo,
            commands::save_dialogue,
            commands::get_document_style,
            commands::set_document_style,
            commands_bau::bau_stage,
            commands_bau::bau_preview,
            commands_bau::bau_save,
            commands_bau::bau_copy,
            commands_bau::bau_adopt,
            commands_vision::vision_stage,
            commands_vision_signatures::vision_signatures,
            commands_vision_signatures::sign_vision,
            commands_pledge_signatures::pledge_signatures,
            commands_pledge_signatures::sign_pledge,
            commands_vision::vision_check,
            commands_vision::vision_save_draft,
            commands_vision::vision_save_as_version,
            commands_vision::vision_start_draft,
            commands_vision::vision_propose,
            commands_vision::vision_diff,
            commands_vision::vision_settle_by_question,
            commands_vision::vision_settle_editorially,
            commands_vision::vision_adopt,
            export::export_vision,
            commands_targets::targets_stage,
            commands_targets::targets_import,
            commands_targets::targets_adopt,
            commands_targets::targets_form_subjects,
            commands_targets::targets_set,
            commands_targets::targets_remove_proposal,
            export::export_progress,
            export::export_pledge,
            export::export_action_plan,
            commands_measures::measures_stage,
            commands_measures::measures_save,
            commands_measures::measures_add_progress,
            commands_measures::measures_delete,
            commands_measures::measures_import,
            commands_measures::export_measures,
            export::export_bau,
            commands_register::list_stakeholders,
            commands_register::search_stakeholders,
            commands_register::stakeholder_inclusiveness,
            commands_register::save_stakeholder,
            commands_register::withdraw_stakeholder,
            commands_register::erase_stakeholder,
            commands_register::preview_stakeholder_import,
            commands_register::import_stakeholders,
            safety::safety_status,
            safety::backup_now,
            safety::set_backup_keep,
            safety::preview_backup,
            safety::restore_backup,
            safety::audit_log,
            safety::verify_audit,
            commands_meetings::list_meetings,
            commands_meetings::get_meeting,
            commands_meetings::default_meeting,
            commands_meetings::create_meeting,
            commands_meetings::update_meeting,
            commands_meetings::open_meeting,
            commands_meetings::close_meeting,
            commands_meetings::approve_minutes,
            commands_meetings::add_agenda_item,
            commands_meetings::update_agenda_item,
            commands_meetings::move_agenda_item,
            commands_meetings::remove_agenda_item,
            commands_meetings::set_notes,
            commands_meetings::check_in,
            commands_meetings::check_out,
            commands_meetings::mark_absent,
            commands_meetings::set_proxy,
            commands_meetings::save_decision,
            commands_meetings::remove_decision,
            commands_meetings::save_action_item,
            commands_meetings::set_action_status,
            commands_meetings::remove_action_item,
            commands_meetings::add_addendum,
            export::export_minutes,
            export::open_exported,
            export::reveal_exported,
            safety::open_backup_folder,
            commands_questions::list_questions,
            commands_questions::get_question,
            commands_questions::ask_question,
            commands_questions::ask_again,
            commands_questions::open_round,
            commands_questions::record_position,
            commands_questions::undo_position,
            commands_questions::close_round,
            commands_questions::cast_vote,
            commands_questions::decide_as_focal_point,
            commands_questions::question_vision,
            commands_questions::question_subjects,
            commands_declarations::list_declarations,
            commands_declarations::get_declaration,
            commands_declarations::create_membership_declaration,
            commands_declarations::declaration_from_template,
            commands_declarations::save_declaration,
            commands_declarations::sign_declaration,
            commands_declarations::clear_declaration_signature,
            commands_declarations::preview_declaration,
            commands_declarations::city_certificate,
            export::export_declaration,
            export::export_city_certificate,
            projector::open_projector,
            projector::close_projector,
            projector::get_projector,
            projector::set_projector,
            commands_deficits::deficits_stage,
            commands_deficits::deficits_enter_value,
            commands_deficits::deficits_preview_import,
            commands_deficits::deficits_import,
            commands_deficits::deficits_score,
            commands_deficits::deficits_open_vote,
            commands_deficits::deficits_record_dots,
            commands_deficits::deficits_record_order,
            commands_deficits::deficits_new_workshop,
            commands_deficits::deficits_load_detailed,
            commands_deficits::deficits_set_benchmark,
            commands_deficits::deficits_remove_benchmark,
            commands_deficits::deficits_close_vote,
            export::export_deficits,
        ])
        .run(tauri::generate_context!());
    if let Err(error) = result {
        eprintln!("Concord could not start its window: {error}");
        std::process::exit(1);
    }
}
