## Declarations: the CNSC membership declaration, templates, signing.

decl-section-heading = { $number }. { $title }
decl-place = Place
decl-date = Date
decl-date-open = (to be dated)
decl-signatures = Signatures
decl-role-focal-point = Focal point, Chair of the multistakeholder dialogue (MSD)
decl-role-high-level-rep = Head of the local administration or representative
decl-footer-fingerprint = Certificate SHA-256 { $fingerprint }
decl-footer-fingerprint-bilingual = 证书 Certificate SHA-256 { $fingerprint }

## The APEC CNSC Membership Declaration (annex to APSEC's invitation).

decl-membership-title = Membership Declaration for Provinces, Cities, Municipalities, Regencies and Towns
decl-membership-subtitle = APEC Cooperative Network of Sustainable Cities (CNSC)
decl-membership-s1 = Introduction
decl-membership-s1-p1 = APEC Cooperative Network of Sustainable Provinces, Cities, Municipalities, Regencies or Towns is an open, shared, fair and cooperative partnership initiative servicing regional and local entities of the 21 APEC economies. APEC Sustainable Energy Center (APSEC), established at the 11th APEC Energy Ministerial Meeting in 2014, has been designated by APEC Leaders as the official implementation agency for the partnership initiative.
decl-membership-s2 = Purpose
decl-membership-s2-p1 = The purpose of the CNSC is to contribute to the sustainability of its Members by cooperating with them to attain both APEC energy goals (reducing energy intensity and doubling the share of renewable energy) which are also mirrored in Sustainable Development Goal (SDG) 7 (Affordable and clean energy). With increasing climate disasters, disaster resilience is being recognized as an indispensable support to SDGs. One of the best ways of cities and local communities to support sustainability is to implement disaster resilience. Disaster resilience is part of SDG 11 (Sustainable cities and communities).
decl-membership-s2-p2 = Specifically for cities, the UN has also adopted the Disaster Resilience Scorecard for Cities in 2017. Progress on both, the SDGs as well as on disaster resilience is assessed with the set of indicators defined by the UN. For the SDGs, see https://unstats.un.org/sdgs/indicators/indicators-list/, for the Disaster Resilience Scorecard for Cities, more information can be found on https://mcr2030.undrr.org/disaster-resilience-scorecard-cities.
decl-membership-s3 = Main Activities
decl-membership-s3-p1 = CNSC Members elaborate local Visions for guiding them towards more sustainability and disaster resilience, including towards a carbon-neutral future. For this purpose, they are assisted by APSEC or a designated qualified contractor and organize multistakeholder-dialogues (MSD) enabling all actors to contribute to the transition towards sustainability through engagement, information sharing, access to finance, and capacity building. Participants of the MSD become Members of the APEC Sustainable Services Network. To underline the commitment of the CNSC Member to the Vision, the Member will hold the plenary MSD meetings in a Town Hall, wherever this is feasible, and delegate a high-level representative to open and close the plenary MSD meeting. The description of the Vision and the functioning of the MSD is explained here (http://apsec.tju.edu.cn/index.php/En/Xiangmu/article/id/51.html).
decl-membership-s3-p2 = CNSC Members nominate a CNSC Focal Point, designating a senior executive officer or senior planning officer who represents the Member at the CNSC and chairs the MSD. In case of persistent impossibility to generate consensus among MSD stakeholders on a specific question, or persistent disagreement among the MSD stakeholders on that question, the Focal Point will decide on that question.
decl-membership-s3-p3 = CNSC Members identify sustainability and disaster resilience deficits and collect relevant data to monitor improvements. For this they are being assisted by APSEC or a designated qualified contractor. The data collection can be developed in the MSD framework by cooperation with energy-selling enterprises, or within a smart city concept in cooperation with the local infrastructure operators, or by incentivizing local citizens, especially in cooperation with Universities, to collect data with their APPs. For CNSC, a set of relevant local data has been identified and a data base called APEC City Stats has been prepared, see http://apeccitystats.tju.edu.cn/client/homePage.
decl-membership-s3-p4 = CNSC Members elaborate business-as-usual scenarios (BAU) for certain key variables such as population, energy, emissions, GDP. For this task they are assisted by APSEC or a designated qualified contractor.
decl-membership-s3-p5 = CNSC Members pledge to work towards sustainability and disaster resilience, including for emissions, by setting intermediary targets relating their development to the SDGs for 2030 and long-term targets for mid-century. They identify advantages for their community in contributing to SDGs.
decl-membership-s3-p6 = CNSC Members plan to take measures in view of working towards attaining the set sustainability targets, including for emissions. Within the first year of joining CNSC, they proceed to state what actions they will take in the short term and long term. For this task, they are assisted by APSEC or by a designated qualified contractor and can profit from exchange of experience with other CNSC Members.
decl-membership-s3-p7 = CNSC Members publish progress against the set short-term and long-term targets and evaluate measures taken and adapt them if necessary. For these tasks they are assisted by APSEC or by a designated qualified contractor.
decl-membership-s3-p8 = CNSC Members may participate in technology transfer as organized by APSEC or a designated qualified contractor. APEC Energy Working Group showcases technologies in the Energy Smart Communities Initiative Knowledge Sharing Platform (ESCI-KSP), see https://www.esci-ksp.org/.
decl-membership-s3-p9 = CNSC Members will be assisted to participate in APEC city awards once such awards are being organized.
decl-membership-s4 = Benefits
decl-membership-s4-intro = Receive assistance for carrying out the following tasks:
decl-membership-s4-b1 = Elaborating a local Vision guiding the Member towards sustainability, including carbon neutrality
decl-membership-s4-b2 = Collecting SDG-relevant data, including data relating to disaster resilience
decl-membership-s4-b3 = Elaborating business-as-usual scenarios (BAU)
decl-membership-s4-b4 = Planning measures and proceeding to taking actions in view of attaining sustainability
decl-membership-s4-b5 = Publishing progress reports against the set targets and for evaluating the measures
decl-membership-s4-b6 = Participating in technology transfer for clean and sustainable technologies
decl-membership-s4-b7 = Participating in APEC city awards once these have been decided
decl-membership-s4-b8 = Making projects bankable.
decl-membership-s5 = How to join the network
decl-membership-s5-undersigned = The undersigned { $name } (family name, first name), in the capacity of { $title } of the local administration of { $administration } (province, city, municipality, regency or town) in the APEC economy of { $economy }, with the postal address, e-mail, complete mobile phone number, fax and assistant given in the form below, hereby certifies having taken note of this Membership Declaration and having received approval in principle from the Head of the local administration to be Focal Point, i.e. Chair of the MSD, and contact point of the city to the Cooperative Network of Sustainable Cities CNSC.
decl-membership-s5-efforts = The undersigned will make best efforts to cooperate in the CNSC according to the modalities stated in this Membership Declaration. In case of discontinuation, the undersigned commits to inform APSEC, Prof. DEFILLA Steivan, by e-mail steivan@tju.edu.cn.

## The membership form: the focal point's fields.

decl-form-heading = Focal point
decl-form-family-name = Family name
decl-form-first-name = First name
decl-form-title = Title
decl-form-administration = Local administration
decl-form-city = Province, city, municipality, regency or town
decl-form-economy = APEC economy
decl-form-postal-address = Postal address
decl-form-email = E-mail
decl-form-mobile = Complete mobile phone number
decl-form-fax = Fax
decl-form-assistant-name = Name of an assistant
decl-form-assistant-email = E-mail of an assistant

## Template: a circular-economy commitment, after the Asian Circular Cities Declaration.

decl-ce-title = Asian Circular Cities Declaration
decl-ce-intro-1 = In light of the socio-economic impact of the current crisis and of the ongoing climate emergency, we take this opportunity to commit to a circular recovery and a more resilient future. A systemic shift to a regenerative economic model is fundamental to achieving climate neutrality, fostering a thriving society, and keeping resource consumption within planetary boundaries.
decl-ce-intro-2 = A circular city is one that promotes the transition from a linear to a circular economy in an integrated way across all its functions in collaboration with citizens, businesses and the research community. This means in practice fostering business models and behaviour which decouple resource use from economic activity by maintaining the value and utility of products, components, materials and nutrients for as long as possible, in order to close material loops and minimise harmful resource use and waste generation.
decl-ce-intro-3 = Through this circular transition, we seek to improve human wellbeing, reduce emissions, protect and enhance biodiversity, and promote social justice, in line with the Sustainable Development Goals.
decl-ce-philosophy = Philosophy
decl-ce-philosophy-1 = Transitioning from a linear to a circular economy is central to our efforts to decouple economic growth from resource use, and achieve a climate neutral, fair and prosperous society.
decl-ce-philosophy-2 = Local and regional governments have a critical role to play in achieving the systemic and transformative change required and must work actively with all levels of government and stakeholders from civil society, the private sector and the research community in this mission.
decl-ce-philosophy-3 = Cities share a responsibility to pursue a circular future, even though effective approaches differ depending on development levels and available resources.
decl-ce-philosophy-4 = Providing a shared, common vision of a circular city can help ensure we are all travelling in the same direction.
decl-ce-effects = Effects
decl-ce-effects-1 = Show leadership in choosing a resource efficient, low-carbon and socially responsible development path.
decl-ce-effects-2 = Demonstrate our commitment to act across our administration.
decl-ce-effects-3 = Collaborate with a group of like-minded, ambitious local and regional governments.
decl-ce-effects-4 = Benefit from access to implementation support of expert organisations and networks from across Asia, Europe and the World.
decl-ce-commitments = Commitments
decl-ce-commitments-intro = By signing this declaration, we commit to using the levers at our disposal coherently across the organisation, including:
decl-ce-commit-1 = Establishing clear circular economy goals and strategies to provide a common direction for the local circular transition
decl-ce-commit-2 = Raising awareness of circular practices across our administration and amongst local citizens and businesses
decl-ce-commit-3 = Directly engaging local stakeholders from civil society, the private sector and the research community in the development of circular economy plans and initiatives, striving to make the transition inclusive and helping to nurture circular business models such as the sharing and repairing economy
decl-ce-commit-4 = Embedding circularity principles in urban planning, infrastructure and asset management procedures
decl-ce-commit-5 = Leveraging public procurement to promote the market for circular products and services
decl-ce-commit-6 = Applying economic incentives and seeking opportunities to use fiscal measures designed to encourage circular economic and social behaviour
decl-ce-commit-7 = Fostering an enabling local regulatory framework which allows and encourages secondary material markets, repair, reuse and sharing schemes
decl-ce-commit-8 = Collaborating with national governments and institutions in Asia and beyond to establish an appropriate policy and regulatory framework for the circular transition
decl-ce-commit-9 = Monitoring the progress made and impacts of our circular economy activities
decl-ce-commit-10 = Reporting to ICLEI on progress in achieving the above commitments

## Command line.

decl-error-form-incomplete = The focal point's membership form is incomplete, so nothing was exported. Complete these fields of the dialogue form (missing or wrong: { $count }):
{ $fields }
decl-error-form-field = { $label } ({ $field }): { $problem }
decl-error-no-custom = This database holds no declaration other than the membership declaration yet.
decl-error-wrong-kind = Declaration { $id } is not of the kind “{ $kind }”; leave out --kind or give another id.
