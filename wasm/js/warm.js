// Warm-up after the module is instantiated: engines compile a wasm function
// on its first call, so without this the first board a page opens and the first record
// a form checks pay for compiling the reader and the rules (9–44 ms). Each entry calls
// warm() once after instantiating: a tiny board is opened, checked whole and checked
// record by record, then freed, so those functions are compiled before the first
// keystroke. Nothing is exported to the host; any failure here is ignored (the host's
// own calls report their errors as usual).
import { Board } from './api.js';

const TINY = '{"schema_version":1,"organisations":[{"id":"o-lcc","name":"Leicester City Council","sector":"local_authority","statutory_partner":true}],"people":[{"id":"p-mw","initials":"MW","name":"Martin Walker","post":"Independent Chair"},{"id":"p-kj","initials":"KJ","name":"Karen James","post":"Lay Member"},{"id":"p-sg","initials":"SG","name":"Steve Gill","post":"Lay Member"},{"id":"p-at","initials":"AT","name":"Andrew Taylor","organisation":"o-lcc","post":"Lead Member for Children, Young People and Schools"}],"bodies":[{"constitution":{"quorum":{"each_statutory_partner":true,"min_voting_members":8},"standing_items":["welcome_and_apologies","declarations_of_interest","previous_minutes","matters_arising","any_other_business","date_of_next_meeting"]},"groups":[{"id":"g-all-partners","name":"All partners"}],"id":"b-lscb","kind":"board","members":[{"category":"statutory","person":"p-mw","role":"independent_chair"},{"category":"statutory","person":"p-kj","role":"lay_member"},{"category":"statutory","person":"p-sg","role":"lay_member"},{"category":"participant_adviser","person":"p-at","role":"lead_member","voting":false}],"name":"Safeguarding Children Board"}],"meetings":[{"agenda":[{"number":"1","standing":"welcome_and_apologies","title":"Welcome, introductions and apologies"},{"number":"2","standing":"declarations_of_interest","title":"Declarations of interest"},{"number":"3","standing":"previous_minutes","title":"Minutes of the previous meeting"},{"number":"4","standing":"matters_arising","title":"Matters arising"}],"attendance":[{"person":"p-mw","status":"present"},{"person":"p-kj","status":"present"},{"person":"p-sg","status":"present"},{"person":"p-at","status":"present"}],"body":"b-lscb","date":"2016-04-14","declarations":{"none_declared":true},"end":"12:30","id":"m-2016-04-14","start":"09:30","status":"minutes_approved","title":"Safeguarding Children Board Meeting","venue":"Room G.01, City Hall, Charles Street"}],"actions":[{"description":"CD to agree terms of reference for risk register review (action 1).","desired_outcome":"The Board is assured that the work is progressing and is effective.","due":"next_meeting","history":[],"id":"a-2016-04-14-001","owners":[{"person":"p-mw"}],"raised_at":"m-2016-04-14","ref":"5.1"}]}';

export default function warm() {
  try {
    const board = new Board(TINY);
    try {
      const doc = JSON.parse(TINY);
      board.validate({ as_of: '2016-05-01' });
      board.validateRecord({ kind: 'action', record: doc.actions[0], as_of: '2016-05-01' });
      board.validateRecord({ kind: 'meeting', record: doc.meetings[0], as_of: '2016-05-01' });
      // The object path (the check of a host's values before they are sent).
      board.validateRecord({ kind: 'action', record: doc.actions[0] });
    } finally {
      board.free();
    }
  } catch {
    // A warm-up only: never the host's error.
  }
}
