// Table tests for no-rank-closing-discussion.
import rule from '../../lib/rules/org-centric/no-rank-closing-discussion.ts';
import { ruleTester } from '../rule-tester.ts';

ruleTester.run(rule, {
  valid: [
    'As the senior partner, she asked the reception team what was making the phones so hard.',
    'As the senior clinician, Dr Obi decided to ask the nurses for their view first.',
    'The consultant took direction from the discharge coordinator on the patient’s wishes.',
    'GPs and nurses will take direction from the joint clinical lead.',
    'The consultant said nurses should shape the new pathway decisions.',
    'Staff are there to support patients to stay well at home.',
    'The final say rests with the joint committee, which all partners sit on.',
    'As the senior nurse, her view was that the ward team should lead.',
    'The decision was final after the board vote in March.',
    'Nurses have a seat at the table on the programme board.',
    'The ICB is not in a position to comment until the guidance is published.',
    'The GP partners said they would welcome challenge from the ICB.',
    'The budget is not up for discussion tonight as the paper was withdrawn.',
    'The nurses are not the only ones who decide discharge; the whole team contributes.',
    'QA don’t get to see the release notes until Friday, which slows testing.',
  ],
  invalid: [
    { text: 'As the senior partner, I have decided we are not changing the rota.', problems: [{ match: 'As the senior partner, I have decided' }] },
    { text: 'The chair, as the most senior officer present, ruled that the matter would not be discussed further.', problems: [{ match: 'as the most senior officer present, ruled' }] },
    { text: 'Dr Evans said that as the clinical lead he had the final say.', problems: [{ match: 'as the clinical lead he had the final say' }] },
    { text: 'Receptionists are there to follow instructions, not to question them.', problems: [{ match: 'Receptionists are there to follow instructions, not to question them' }] },
    { text: 'Social workers are not there to question medical decisions.', problems: [{ match: 'Social workers are not there to question medical decisions' }] },
    { text: 'GPs shouldn’t have to take instructions from a pharmacist.', problems: [{ match: 'shouldn’t have to take instructions from a pharmacist' }] },
    { text: 'The surgeons would not be told how to run theatres by a transformation manager.', problems: [{ match: 'would not be told how to run theatres by a transformation manager' }] },
    { text: 'It’s not for nurses to question the consultant’s plan.', problems: [{ match: 'not for nurses to question' }] },
    { text: 'The registrar pulled rank and the matter was dropped.', problems: [{ match: 'pulled rank' }] },
    { text: 'Dr Hart said as the responsible consultant his decision was final.', problems: [{ match: 'as the responsible consultant his decision was final' }] },
    { text: 'The senior engineer said juniors don’t get a vote on architecture.', problems: [{ match: 'juniors don’t get a vote' }] },
    { text: 'The consultant told the nurse that she was not qualified to comment on the plan.', problems: [{ match: 'told the nurse that she was not qualified to' }] },
    { text: 'The GP partners said they would not be lectured by the ICB.', problems: [{ match: 'would not be lectured by the ICB' }] },
    { text: 'With respect, the nursing team are not the decision-makers here.', problems: [{ match: 'the nursing team are not the decision-makers' }] },
    { text: 'The director reminded junior staff that clinical decisions are made by consultants and are not up for debate.', problems: [{ match: 'not up for debate' }] },
    { text: 'The lead developer told the tester that QA doesn’t get to decide release dates.', problems: [{ match: 'QA doesn’t get to decide' }] },
    { text: 'As a professional body they would not accept changes led by managers.', problems: [{ match: 'would not accept changes led by managers' }] },
  ],
});
