// Table tests for no-conditional-participation.
import rule from '../../lib/rules/org-centric/no-conditional-participation.ts';
import { ruleTester } from '../rule-tester.ts';

ruleTester.run(rule, {
  valid: [
    'The hospice will join the hub provided the volunteers are trained in time.',
    'The school will only open the hall if the caretaker is available.',
    'The ICB will fund the pilot as long as it shows benefit to patients.',
    'Until the other partners have seen the data, no decision will be taken.',
    'The federation’s service is badged as a partnership offer.',
    'The trust will only go ahead if the clinical safety case is signed off.',
    'The PCN will review the data once our own audit is complete, then share it with partners.',
    'The school wants its name on the shared bid alongside the other academies.',
    'We are happy to work on the partnership’s terms.',
    'We will not be putting more money in until the evaluation reports in March.',
    'Attendance is optional unless it is a board-led session.',
    'If residents want our help with forms, the advice line is open.',
  ],
  invalid: [
    { text: 'The PCN will only take part in the hub provided it doesn’t cost us anything.', problems: [{ match: 'provided it doesn’t cost us' }] },
    { text: 'The PCN will contribute as long as the costs don’t land on our budget.', problems: [{ match: 'as long as the costs don’t land on our budget' }] },
    { text: 'The hospice will join only if it is branded as a hospice service.', problems: [{ match: 'only if it is branded' }] },
    { text: 'The academy will only join if it is led by one of its own heads.', problems: [{ match: 'only join if it is led by one of its own' }] },
    { text: 'What’s in it for us if we second a nurse to the hub?', problems: [{ match: 'What’s in it for us' }] },
    { text: 'We should hold back our volunteers until the council commits its share.', problems: [{ match: 'until the council commits its share' }] },
    { text: 'Not a penny more until the borough pays its bit.', problems: [{ match: 'Not a penny more until' }] },
    { text: 'We’d be happy to help once our own waiting list is under control.', problems: [{ match: 'once our own waiting list is under control' }] },
    { text: 'The PCN can’t commit staff unless it’s on our terms.', problems: [{ match: 'on our terms' }] },
    { text: 'The school would want its logo on the leaflets before it signs up.', problems: [{ match: 'want its logo on' }] },
    { text: 'The practice will join the MDT only if it gets its own coordinator.', problems: [{ match: 'only if it gets its own' }] },
    { text: 'Any shared savings scheme must guarantee the trust gets back at least what it puts in.', problems: [{ match: 'gets back at least what it puts in' }] },
    { text: 'The PCN will not put any money into the hub until the council matches it.', problems: [{ match: 'until the council matches' }] },
    { text: 'The borough will only join the shared procurement if it keeps control of its own contracts.', problems: [{ match: 'only join the shared procurement if it keeps control of' }] },
    { text: 'Officers were told not to attend the workshop unless it was council-led.', problems: [{ match: 'unless it was council-led' }] },
    { text: 'The hospice would only share its bereavement service if the council paid for it.', problems: 1 },
    { text: 'If the council wants our nurses, it can pay for them.', problems: [{ match: 'If the council wants our nurses, it can pay' }] },
  ],
});
