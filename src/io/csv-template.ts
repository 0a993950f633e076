/**
 * Starter spreadsheets for "bring your own map": the seed dataset's six actors and a few of its
 * relationships (graph-data/dprk-russia-2024.json), written by hand so a person can see every
 * column the importer reads in use. Kept as constants rather than exported from the seed at run
 * time, so the browser bundle does not carry the seed to make them. A test checks both import
 * cleanly and agree with the seed.
 */

const ACTORS = [
  'id,label,kind,aliases,description',
  "DPRK,North Korea,state,North Korea; Democratic People's Republic of Korea; Pyongyang,Heavily sanctioned state that has armed Russia for its war and is now reported to be sending soldiers as well.",
  'Russia,Russia,state,Russian Federation; Moscow; Kremlin,"Wages the war against Ukraine and leans on North Korean arms and, reportedly, manpower."',
  "ROK,South Korea,state,South Korea; Republic of Korea; Seoul,North Korea's southern neighbour; its spy agency first reported the troop movements and its government protested to Moscow.",
  'US,United States,state,United States of America; USA; Washington,Ally of Seoul and backer of Kyiv; its officials warned that North Korean soldiers in the fighting could be attacked.',
  'Ukraine,Ukraine,state,Kyiv; Kiev,Defends itself against the Russian invasion; the country where North Korean units might end up fighting.',
  'UN,United Nations,organization,United Nations; UN Security Council; UNSC; Security Council,International body whose Security Council resolutions restrict North Korea; Seoul says a troop deployment would break them.',
];

// One row per piece of evidence: ROK-condemns-DPRK has two, so two rows share its id.
const RELATIONSHIPS = [
  'id,source,target,type,directed,sign,status,since,label,items,evidence_source,lines,summary,quote',
  'DPRK-supplies-Russia-munitions,DPRK,Russia,supplies,true,ally,confirmed,,munitions,artillery shells; other munitions; short-range ballistic missiles,article,"3, 8","Until now Pyongyang\'s help consisted of weapons: shells by the million, other ammunition and short-range missiles, shipped over several months.",',
  'DPRK-pact-Russia,DPRK,Russia,pact,false,ally,confirmed,2024-06,defence pact,,article,32,In June the two governments signed a defence treaty in which each promises military help if the other is attacked.,',
  "ROK-condemns-DPRK,ROK,DPRK,condemns,true,adversary,confirmed,,security threat,,article,15,Seoul's National Security Office described the deployment as a serious danger to the country.,significant security threat",
  'ROK-condemns-DPRK,ROK,DPRK,condemns,true,adversary,confirmed,,security threat,,article,5,"Seoul, like Washington, warned that the move risks a wider escalation.",',
  'Russia-targets-Ukraine,Russia,Ukraine,targets,true,adversary,confirmed,,war,,article,"1, 23",The whole story is set against Russia\'s ongoing war on Ukraine.,',
  'US-targets-DPRK,US,DPRK,targets,true,adversary,potential,,troops would be legitimate targets,,article,20,John Kirby warned that North Korean soldiers who join the fighting could be lawfully attacked.,fair game',
  'UN-condemns-DPRK,UN,DPRK,condemns,true,adversary,confirmed,,Security Council resolutions,,article,"16, 33","Existing Security Council resolutions already constrain Pyongyang, which is described as a heavily sanctioned country; Seoul argues a deployment would breach them.",',
];

/** `actors.csv` and `relationships.csv` to start from: comma-separated, CRLF line endings like the exporter's. */
export function csvTemplate(): { actors: string; relationships: string } {
  return { actors: `${ACTORS.join('\r\n')}\r\n`, relationships: `${RELATIONSHIPS.join('\r\n')}\r\n` };
}
