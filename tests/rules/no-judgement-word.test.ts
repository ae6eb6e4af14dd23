// Table tests for no-judgement-word: verdicts on people and teams, and technical or owned uses.
import rule from '../../lib/rules/blame/no-judgement-word.ts';
import { ruleTester } from '../rule-tester.ts';

ruleTester.run(rule, {
  valid: [
    'The review found no evidence of negligence.',
    'The trust reported three clinical negligence claims this year.',
    'The app uses lazy loading for the image gallery.',
    'The old software was unreliable, so the team moved to a new platform.',
    'The contractor’s report was criticised as unclear, and a plain-English version was requested.',
    'Data quality was poor in Q2 because of the system migration.',
    'We were careless with the file names and have agreed a naming scheme.',
    'The ward was in a mess after the flood, and staff worked hard to clear it.',
    'Nobody was careless; the form invites mistakes.',
    'The provider accepted that its staff had been careless and has retrained them.',
    'The search tool is bad at handling typos, so a fix is planned.',
    'The lack of funding means the post cannot be filled.',
    'Members discussed the human error rate in manual data entry and agreed to automate it.',
    'There is a lack of interest in the survey among younger residents, so the group will try text messages.',
    'The provider’s attitude survey showed staff morale improving.',
    'The review found the rota was a shambles because the software crashed.',
  ],
  invalid: [
    {
      text: 'The agency carers were careless with the medication charts.',
      problems: [{ match: 'careless', suggestions: [{ title: /not the person/ }, { title: /support/ }] }],
    },
    { text: 'The IT department’s negligence led to the outage.', problems: [{ match: 'negligence' }] },
    { text: 'Frankly the discharge coordinators are the weak link in the pathway.', problems: [{ match: 'weak link' }] },
    { text: 'The surgery’s reception staff were lazy and obstructive.', problems: [{ match: 'lazy' }] },
    { text: 'The community team was described as chaotic by the ward sister.', problems: [{ match: 'chaotic' }] },
    { text: 'The ward manager was clearly out of her depth.', problems: [{ match: 'out of her depth' }] },
    { text: 'The partner charity were seen as unreliable and disorganised.', problems: [{ match: 'unreliable and disorganised' }] },
    { text: 'They are generally bad at responding to messages.', problems: [{ match: 'bad at responding' }] },
    {
      text: 'The minor injuries unit staff cannot be trusted to triage children.',
      problems: [{ match: 'cannot be trusted', messageId: 'trust' }],
    },
    { text: 'The project manager’s poor planning caused the delay.', problems: [{ match: 'poor planning' }] },
    { text: 'The paramedics were slammed for their attitude at the scene.', problems: [{ match: 'slammed for' }] },
    { text: 'The legal team were accused of stonewalling the family.', problems: [{ match: 'accused of stonewalling' }] },
    { text: 'Somebody has to clear up the trust’s mess.', problems: [{ match: 'the trust’s mess' }] },
    { text: 'The ward discharged him without a care package — completely irresponsible.', problems: [{ match: 'irresponsible' }] },
    { text: 'Cllr Bates said the parks team were "utterly useless" after the storm.', problems: [{ match: 'useless' }] },
    { text: 'The provider’s attitude has been appalling.', problems: [{ match: 'appalling' }] },
    { text: 'Board members felt the landlord had been deliberately obstructive.', problems: [{ match: 'obstructive' }] },
    { text: 'The IT team were a complete shambles during the move.', problems: [{ match: 'a complete shambles' }] },
    { text: 'The ICB’s lack of urgency has left families waiting.', problems: [{ match: 'lack of urgency' }] },
    { text: 'There was a complete lack of grip from the provider.', problems: [{ match: 'complete lack of grip' }] },
    { text: 'The practice has a lax approach to infection control.', problems: [{ match: 'lax approach' }] },
    { text: 'The commissioner’s shoddy contract management cost us a quarter.', problems: [{ match: 'shoddy' }] },
  ],
});
