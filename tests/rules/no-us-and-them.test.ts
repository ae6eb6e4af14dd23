// Table tests for no-us-and-them.
import rule from '../../lib/rules/org-centric/no-us-and-them.ts';
import { ruleTester } from '../rule-tester.ts';

ruleTester.run(rule, {
  valid: [
    'Their patients keep coming to our clinic for follow-up as per the pathway.',
    // Issue 2, round 5: hard negatives.
    'Patients from the neighbouring area also use our walk-in centre and are welcome.',
    'Their patients were referred to our clinic as agreed.',
    'Their families keep coming to our clinic because it is closer, which we welcome.',
    // Issue 2: fresh hard negatives.
    "Admissions are taking up all the beds across the county this winter.",
    "The trust’s backlog keeps filling the shared diary, so partners will plan the rota together.",
    "Waiting lists are filling up across every practice in the borough.",
    "Delayed discharges are clogging up beds across the whole system.",
    "Their diaries are filling up fast.",
    "Our referrals are filling their clinics, so we will meet their team.",
    'Practices will send letters to their patients about the change.',
    'Residents told the board their worries about the bus cuts.',
    'Nobody here should feel this is their problem alone; it belongs to all of us.',
    { text: 'Northvale PCN will write to their patients about the new hub.', settings: { partners: ['Northvale PCN'] } },
    'Our staff and theirs will train together on the shared record.',
    'Patients from other practices are welcome at the hub.',
    'Priority will go to people with the greatest need, wherever they live.',
    'The board should let the pilot fail fast if it is not helping residents.',
    'Should strive to let them fail early, by reducing scope.',
  ],
  invalid: [
    { text: 'Their clients keep being sent to our day centre.', problems: 1 },
    { text: 'Other practices’ patients keep turning up at our surgery.', problems: 1 },
    // Issue 2, round 5.
    { text: 'Their patients keep turning up at our walk-in centre.', problems: 1 },
    { text: 'The council’s clients are being dumped on our service.', problems: 1 },
    { text: 'The hospital’s families kept coming to our clinic all winter.', problems: 1 },
    { text: 'Their residents are flooding our A&E every weekend.', problems: 1 },
    { text: 'Those are their patients, not ours, so they can chase the results.', problems: [{ match: 'their patients', suggestions: [{ title: /people you share/, output: 'Those are patients we all serve, so they can chase the results.' }, { title: /shared/ }] }] },
    {
      text: 'We keep picking up their patients when Northvale PCN closes early.',
      settings: { partners: ['Northvale PCN'] },
      problems: [{ match: 'their patients', suggestions: [{ title: 'Name them as people you share', output: 'We keep picking up the patients we share when Northvale PCN closes early.' }] }],
    },
    { text: 'Not our lot - the care leavers are registered with the other borough.', problems: [{ match: 'Not our lot' }] },
    { text: 'Their incident, their headache.', problems: [{ match: 'Their incident, their headache' }] },
    { text: 'That’s their problem; we have enough on.', problems: [{ match: 'That’s their problem' }] },
    { text: 'The families on the estate are the borough’s residents, not ours.', problems: [{ match: 'the borough’s residents' }] },
    { text: 'Northvale’s patients are clogging up our clinics.', problems: [{ match: 'Northvale’s patients are clogging up our clinics' }] },
    { text: 'The care home went to the back of the queue as it is not one of ours.', problems: [{ match: 'not one of ours' }] },
    { text: 'The district’s residents should get priority over people from the neighbouring borough.', problems: [{ match: 'get priority over people from the neighbouring' }] },
    { text: 'We should let the council fail on this one so they learn.', problems: [{ match: 'let the council fail' }] },
    // Issue 2: fresh positives.
    { text: "The acute trust’s delayed discharges have been blocking our community beds.", problems: [{ match: "trust’s delayed discharges have been blocking our community beds" }] },
    { text: "Their referrals keep flooding our clinics.", problems: [{ match: "Their referrals keep flooding our clinics" }] },
    { text: "Other practices’ walk-ins are swamping our front door.", problems: [{ match: "Other practices’ walk-ins are swamping our front door" }] },
    { text: "Their bed-blockers are filling up our wards.", problems: [{ match: "Their bed-blockers are filling up our wards" }] },
    { text: "The council’s delayed discharges clog our beds every winter.", problems: [{ match: "The council’s delayed discharges clog our beds" }] },
    { text: "Their backlog has been eating into our clinic time.", problems: [{ match: "Their backlog has been eating into our clinic" }] },
    { text: "The trust’s backlog keeps filling our diaries.", problems: [{ match: "The trust’s backlog keeps filling our diaries" }] },
    { text: "Their admissions are taking up all our beds.", problems: [{ match: "Their admissions are taking up all our beds" }] },
  ],
});
