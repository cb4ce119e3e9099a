## The targets pledge: the adopted targets for 2030 and mid-century, how they were adopted, signatures.

pledge-doc-title = Targets pledge of { $city }
pledge-doc-subtitle = Targets for 2030 and mid-century
pledge-doc-draft-header = DRAFT · Targets pledge of { $city } · not adopted
pledge-doc-draft-note = DRAFT: these targets are proposals; they have not been adopted by a consensus question of the dialogue.
pledge-doc-intro = { $city } pledges to work towards sustainability and disaster resilience, including for emissions, by setting intermediary targets for 2030 and long-term targets for mid-century, relating its development to the Sustainable Development Goals.
pledge-doc-short-term = Intermediary targets for 2030
pledge-doc-long-term = Long-term targets for mid-century
pledge-doc-none = There are no targets yet; import them with concord targets import --csv FILE and adopt them by a consensus question.
pledge-col-target = Target
pledge-col-sdg = SDG
pledge-col-baseline = Baseline
pledge-col-goal = Target value
pledge-col-change = Change
pledge-doc-sdg = SDG { $goal }
pledge-doc-about = Adoption
pledge-doc-state = State
pledge-doc-state-adopted = Adopted
pledge-doc-state-draft = Proposed, not adopted
pledge-doc-adopted-in = Adopted in
pledge-doc-question = Question { $number }
pledge-doc-adopted-on = Adopted on
pledge-doc-outcome = Outcome
pledge-doc-count = Targets
pledge-col-kind = Kind
pledge-doc-advantages = Advantages for the community
pledge-doc-untranslated = [Not yet translated into English.]
