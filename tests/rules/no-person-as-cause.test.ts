// Table tests for no-person-as-cause: people and organisations as the subject of a failure, and what is not.
import rule from '../../lib/rules/blame/no-person-as-cause.ts';
import { ruleTester } from '../rule-tester.ts';

ruleTester.run(rule, {
  valid: [
    'We failed to check the mailing list before the letters went out.',
    'Our team forgot to book the room, and we have apologised.',
    'The backup server failed to restart after the patch.',
    'The pilot failed to reduce readmissions, so the group will look at why.',
    'The lab lost power for two hours on Tuesday.',
    'The team managed to clear the backlog despite two vacancies.',
    'If the bid fails to secure funding, the project will pause.',
    'The practice did not receive the letter because the address was out of date.',
    'The team acknowledged they had failed to send the letters and apologised to the families.',
    'The practice failed to reach its flu target because two nurses were off sick.',
    'Eastside PCN failed to hit its target this year; members asked what got in the way.',
    "The practice's inability to recruit a second nurse was discussed with sympathy.",
    { text: 'Northside Trust failed to meet the deadline and has set up a recovery plan.', settings: { organisation: 'Northside Trust' } },
    'Residents were not bothered by the noise from the works.',
    'Volunteers might feel unwelcome and not even bother applying again.',
    'The school has failed to get planning permission for the new block and will appeal.',
    // A capitalised first word the word lists cannot place is looked up in the parse: a product stays a thing.
    'Docman failed to file the clinic letters overnight.',
    'Lorenzo failed to send the discharge summaries to the practices.',
    'Jenkins failed to publish the nightly release.',
    // An unknown surname reads like a product name to the parser, so it stays silent (precision first).
    'Mbeki failed to return the signed forms.',
    // Trying to acquire something and not managing it is an account, like failing to secure funding.
    'The hub failed to procure enough laptops before the winter.',
  ],
  invalid: [
    {
      text: 'The lettings agency failed to pass on the repair request.',
      problems: [
        {
          match: 'failed to pass',
          suggestions: [
            { title: 'State what did not happen, without the verdict', output: 'The lettings agency did not pass on the repair request.' },
            { title: /what got in the way/ },
          ],
        },
      ],
    },
    { text: 'The head of estates had failed to order the new beds.', problems: [{ match: 'failed to order', suggestions: [{ title: /what got in the way/ }] }] },
    { text: 'Kingsway PCN has failed to submit its return again.', problems: [{ match: 'failed to submit' }] },
    {
      text: 'Northside Trust said the council failed to send the papers.',
      settings: { organisation: 'Northside Trust' },
      problems: [{ match: 'failed to send', message: /Reported speech/ }],
    },
    { text: 'Members accepted that the council had failed to act on the complaints.', problems: [{ match: 'failed to act' }] },
    { text: 'The contractor failed to finish on time, again.', problems: [{ match: 'failed to finish' }] },
    { text: 'The out-of-hours service has failed patients in the west of the borough.', problems: [{ match: 'failed patients' }] },
    { text: 'The practice nurse neglected to record the allergy.', problems: [{ match: 'neglected to record' }] },
    { text: 'The link worker did not bother to ring the family back.', problems: [{ match: 'did not bother to ring' }] },
    { text: 'The volunteer coordinator couldn’t be bothered to reply.', problems: [{ match: 'couldn’t be bothered to reply' }] },
    { text: 'Pharmacy colleagues had once again not bothered to update the charts.', problems: [{ match: 'not bothered to update' }] },
    { text: 'Ops didn’t bother checking the backups.', problems: [{ match: 'didn’t bother checking' }] },
    { text: 'Governors heard that the science department had simply not done the marking.', problems: [{ match: 'simply not done the marking' }] },
    { text: 'Parents complained that the academy had failed their children.', problems: [{ match: 'failed their children' }] },
    { text: 'The steering group noted that the surveyor had ignored the brief.', problems: [{ match: 'ignored the brief' }] },
    { text: 'Honestly, they never check anything before release.', problems: [{ match: 'never check anything' }] },
    { text: 'The council never returns our calls.', problems: [{ match: 'never returns our calls' }] },
    { text: 'The admin hub somehow managed to lose the consent forms.', problems: [{ match: 'managed to lose the consent' }] },
    { text: 'Housing ignored the damp reports from the family.', problems: [{ match: 'ignored the damp' }] },
    { text: 'The supplier botched the installation of the lift.', problems: [{ match: 'botched the installation' }] },
    { text: 'The test team let another defect slip through to live.', problems: [{ match: 'let another defect slip through' }] },
    { text: 'The release was late because Billing pushed an untested change.', problems: [{ match: 'pushed an untested change' }] },
    { text: 'The whole problem stems from the council’s refusal to share data.', problems: [{ match: 'council’s refusal to share' }] },
    { text: 'The pharmacy keeps ignoring the shared protocol.', problems: [{ match: 'keeps ignoring' }] },
    // A sentence-initial name the parser knows as a person.
    { text: 'Patel failed to send the discharge letter to the practice.', problems: [{ match: 'failed to send' }] },
    { text: 'Jordan failed to attend the safeguarding panel again.', problems: [{ match: 'failed to attend' }] },
    { text: 'Kowalczyk has failed to return the signed forms.', problems: [{ match: 'failed to return' }] },
    { text: 'Tesco failed to deliver the food parcels to the hub.', problems: [{ match: 'failed to deliver' }] },
    { text: 'Dr Rao said the agency forgot to send the rota.', problems: [{ match: 'forgot to send', message: /Reported speech/ }] },
  ],
});
