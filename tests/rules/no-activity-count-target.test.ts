// Table tests for no-activity-count-target: counts of activity set as the target, and the outcome-led or reported forms that are not.
import rule from '../../lib/rules/output-only/no-activity-count-target.ts';
import { ruleTester } from '../rule-tester.ts';

const prompt = { title: /so that/ };

ruleTester.run(rule, {
  valid: [
    'The sprint goal is to fix the two accessibility bugs that block screen-reader users.',
    'Eastside PCN delivered 2,900 of its planned 3,000 health checks; the team is asking which groups did not come forward.',
    'ACTION: TR to find out why 200 appointments a week are going unused at the Saturday hub.',
    'Councillors noted 8,000 bins are collected each day and thanked the crews.',
    // Reported numbers, not targets.
    'The support desk resolved 500 tickets in May, up from 420.',
    'The clinic saw 1,100 patients in its first month.',
    'Volunteers delivered 1,200 food parcels over Christmas, more than ever before.',
    'Twelve extra beds remain open on the frailty ward this week.',
    // Targets with an outcome for people.
    'Target: 400 extra home visits this winter, so that fewer frail residents end up in A&E.',
    'ACTION: practices to book 300 annual reviews in order to catch kidney disease earlier.',
    'We will offer 200 extra appointments on Saturdays to reach working families who cannot come in the week.',
    'The team will run 4 sessions for landlords on damp and mould so tenants live in healthier homes.',
    'The PCN will deliver 2,000 extra appointments this winter to help frail patients stay out of hospital.',
    'Aim for 300 home visits a month, giving housebound people the same access as everyone else.',
    'Target of 250 benefit checks, meaning families get the income they are entitled to.',
    'Deliver 800 extra scans by March to bring down the wait for a cancer diagnosis.',
    'ACTION: practices to offer 500 extra health checks to men in the most deprived wards, where heart disease is highest.',
    // Forecasts, capacity and logistics.
    // Forecasts, capacity and logistics.
    'The new MRI scanner will be able to do 30 scans a day once staffed.',
    'We expect to see 200 more referrals a month as the service becomes better known.',
    'The conference will hold 12 workshops over two days.',
    'ACTION: SK to book two meeting rooms for the away day.',
    'The KPI report showed 1,640 checks completed in Q4.',
    'The charity aims to raise £20,000 for the new minibus.',
    'The clinic will close 2 afternoons a week over the summer because of staff leave.',
    'The target was missed by 40 appointments; the team is looking at what got in the way.',
    'The helpline is staffed to answer 200 calls a day.',
    'ACTION: AB to send 3 dates for the workshop to members.',
    'The trust is required to publish 4 reports a year under the contract.',
    'We committed to 2 major releases per year.',
    'Our KPI target of 80% staff survey completion was met.',
    'The steering group will hold 4 office hours sessions per month for contributors.',
    // Questioning the count.
    'Members questioned whether the 20 calls a day target was the right measure.',
  ],
  invalid: [
    { text: 'Sprint goal: close out 28 bugs from the backlog.', problems: [{ match: '28 bugs' }] },
    { text: 'The borough target is 350 home adaptation grants approved this year.', problems: [{ match: '350 home adaptation grants approved' }] },
    { text: 'The school board agreed a target of 40 learning walks per term.', problems: [{ match: '40 learning walks' }] },
    { text: 'The region expects each locality to hold two falls huddles a week.', problems: [{ match: 'two falls huddles' }] },
    { text: 'Screening appointment target raised to 2,600 for the year.', problems: [{ match: '2,600' }] },
    { text: 'The ask from the region is 4% more diagnostic activity than last year.', problems: [{ match: '4% more diagnostic activity' }] },
    { text: 'The borough is aiming at 900 home adaptations completed this financial year.', problems: [{ match: '900 home adaptations completed' }] },
    { text: 'Agreed that the welfare rights team should clear at least 150 benefit appeals per month.', problems: [{ match: 'at least 150 benefit appeals' }] },
    { text: 'Practices committed to 5,000 extra evening and weekend appointments this winter.', problems: [{ match: '5,000 extra evening and weekend appointments' }] },
    { text: 'Release goal for Q3: merge 60 pull requests.', problems: [{ match: '60 pull requests' }] },
    { text: 'ACTION: the practice manager to book 150 extra smear appointments before Easter.', problems: [{ match: '150 extra smear appointments', suggestions: [prompt] }] },
    { text: 'Target for the falls service: 400 home assessments a quarter.', problems: [{ match: '400 home assessments' }] },
    { text: 'Our aim is to run twelve drop-in clinics across the borough by the summer.', problems: [{ match: 'twelve drop-in clinics' }] },
    { text: 'The food bank will hand out 250 parcels a week through the winter.', problems: [{ match: '250 parcels' }] },
    { text: 'The plan commits the trust to treat 3,000 more outpatients by March.', problems: [{ match: '3,000 more outpatients' }] },
    { text: 'Headline target: 250 referrals handled a week by the single point of access.', problems: [{ match: '250 referrals handled' }] },
    { text: 'Volunteers to make 800 welfare calls over the holiday period.', problems: [{ match: '800 welfare calls' }] },
    { text: 'Our aim is to run twelve drop-in clinics across the borough by the summer.', problems: [{ match: 'twelve drop-in clinics' }] },
    { text: 'Each social prescriber is expected to see 15 clients a day.', problems: [{ match: '15 clients a day' }] },
    { text: 'Bay 3 missed its 600 jabs; ACTION: it must deliver 700 next month.', problems: [{ match: '700' }] },
    { text: 'The visiting team made 520 visits in June against a target of 600 a month.', problems: [{ match: '600 a month' }] },
    { text: 'Expectation from the ICB: every practice runs at least 4 MDT huddles a week.', problems: [{ match: 'at least 4 MDT huddles' }] },
    { text: '| 07/25-1 | Deliver 900 extra dental appointments across the towns | KM | Oct |', problems: [{ match: '900 extra dental appointments' }] },
    {
      text: 'The director said the trust will deliver 5,000 more procedures.',
      problems: [{ match: '5,000 more procedures', message: /Reported speech/ }],
    },
  ],
});
