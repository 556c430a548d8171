// Word pools for realistic generated casework: the names, places and problems a London branch meets.

/** Splits a ' | '-separated word list (kept on few lines so the pools stay readable). */
function list(words: string): readonly string[] {
  return words.split(' | ');
}

/** Given names from the communities renters' unions organise in, accents and scripts included. */
export const GIVEN_NAMES = list(
  'Amara | Zoë | Łukasz | Siobhán | Mehmet | Ayşe | Fatima | José | Chloé | Nnamdi | Priya | ' +
    'Ahmed | Oluwaseun | Małgorzata | Dóra | Jürgen | Renée | Søren | Ngozi | Hamza | Иван | ' +
    'Ольга | محمد | فاطمة | 李娜 | 王伟 | Nguyễn | Thảo | Kwame | Aoife | Bartosz | İbrahim | ' +
    'Tomás | Inês | João | Eleni | Nikos | Şükrü | Ana | Mariam | Yusuf | Hodan | Abdi | ' +
    'Rukhsana | Sunita | Kofi | Björn | Ciarán | Gráinne | Jo | Sam | Alex | Chris | Dev',
);

/** Family names, likewise. */
export const FAMILY_NAMES = list(
  'Okafor | Nowak | Kowalczyk | Ó Súilleabháin | Yılmaz | Öztürk | Hussain | Begum | García | ' +
    'Núñez | Müller | Lefèvre | Adeyemi | Patel | Shah | Ali | Mensah | Nagy | Kovács | ' +
    'Dvořák | Jørgensen | Иванова | Петров | الحسن | 陈 | 张 | Trần | Lê | Papadopoulos | ' +
    'Γεωργίου | Smith | Jones | Williams | Brown | Taylor | Murphy | Walsh | Santos | ' +
    "Ferreira | Farah | Warsame | Mahmoud | Chowdhury | Rahman | Boateng | Asante | O'Brien | " +
    'McCarthy | Da Silva',
);

export const STREETS = list(
  'Mare Street | Kingsland Road | Dalston Lane | Stoke Newington High Street | Amhurst Road | ' +
    'Well Street | Morning Lane | Chatsworth Road | Brick Lane | Commercial Road | Roman Road | ' +
    'Mile End Road | Bow Road | Whitechapel Road | Cable Street | Seven Sisters Road | ' +
    'Holloway Road | Essex Road | Rye Lane | Coldharbour Lane | Brixton Hill | Walworth Road | ' +
    'Old Kent Road | Green Lanes | Tottenham High Road | Lea Bridge Road | Hoe Street | ' +
    'Romford Road | Barking Road',
);

/** Landlords and letting agents, some repeated often: the seed of collective disputes. */
export const LANDLORDS = list(
  'Clarion Housing | Peabody | Notting Hill Genesis | L&Q | Grainger plc | Get Living | ' +
    'Mr K. Demir | Mrs P. Lowe | Aston Properties Ltd | Regal Homes (London) Ltd | ' +
    'Ms Anna Wiśniewska | Sterling Estates | Dr R. Chaudhry | Eastend Lettings Holdings | ' +
    'Moreau Property Trust',
);

export const LETTING_AGENTS = list(
  'Foxtons | Stirling Ackroyd | Hunters | Bairstow Eves | Oakwood Lettings | ' +
    'Kinleigh Folkard | OpenRent | Dexters | Citi Lets | Ludlow Thompson',
);

/** One or two sentences a member might write about each category of problem. */
export const PROBLEMS: Readonly<Record<string, readonly string[]>> = {
  Disrepair: [
    'Black mould in the bedroom and bathroom; my daughter has asthma.',
    'The boiler has been broken for three weeks and the agent ignores our emails.',
    'Water comes through the ceiling when it rains. Reported in March, nothing done.',
    'Mice in the kitchen and a broken window that will not close.',
  ],
  Deposit: [
    'The landlord kept the whole deposit (£1,450) for "cleaning" with no evidence.',
    'My deposit was never protected in a scheme.',
  ],
  'Eviction or notice': [
    'We were served a Section 21 notice two weeks after asking for repairs.',
    'Court hearing next month; we have nowhere to go with two children.',
    'The landlord changed the locks while I was at work.',
  ],
  'Rent increase': [
    'Rent going up by £300 a month from next month, a 22% rise.',
    'A Section 13 notice for an increase far above the local rate.',
  ],
  Harassment: [
    'The landlord lets himself in without notice and shouts at us.',
    'Threatening messages after we complained about the heating.',
  ],
  Discrimination: ['The agent refused to renew because we receive Universal Credit.'],
  Benefits: ['Housing element cut; arrears building up and the landlord is threatening court.'],
  Licensing: ['House of 6 unrelated people, no HMO licence as far as we can tell.'],
  Other: [
    'Service charges doubled with no breakdown.',
    'Noise and anti-social behaviour from the flat above.',
  ],
};

/** Branches with the postcode districts they cover (each district in one branch only). */
export const BRANCH_AREAS: ReadonlyArray<readonly [string, string]> = [
  ['Hackney', 'E5, E8, E9, N16'],
  ['Tower Hamlets', 'E1, E2, E3, E14'],
  ['Newham', 'E6, E7, E12, E13, E15, E16'],
  ['Waltham Forest', 'E4, E10, E11, E17'],
  ['Haringey', 'N4, N8, N15, N17, N22'],
  ['Islington', 'N1, N5, N7, N19'],
  ['Camden', 'NW1, NW3, NW5, NW6'],
  ['Southwark', 'SE1, SE5, SE15, SE17, SE22'],
  ['Lambeth', 'SE11, SE24, SE27, SW2, SW9'],
  ['Lewisham', 'SE4, SE6, SE13, SE14, SE23'],
  ['Brent', 'NW2, NW10, HA0, HA9'],
  ['Ealing', 'W3, W5, W7, W13, UB1'],
  ['Croydon', 'CR0, CR2, CR7, SE25'],
  ['Greenwich', 'SE3, SE7, SE9, SE10, SE18'],
  ['Barking', 'IG11, RM8, RM9, RM10'],
  ['Enfield', 'EN1, EN2, EN3, N9, N18'],
];

/** Volunteers who own issues and next steps. */
export const VOLUNTEERS = list(
  'Maya | Tunde | Kasia | Rob | Leyla | Sandeep | Hannah | Olu | Ines | Dan | Fern | Yusra',
);

export const NEXT_STEP_WORDS = list(
  'Draft a demand letter to the landlord | ' +
    'Call the member back and invite them to the branch meeting | ' +
    'Talk to neighbours with the same landlord | ' +
    'Report the disrepair to the council environmental health team | ' +
    'Photograph the damp and mould with dates | Check the deposit protection schemes | ' +
    'Refer to Shelter for legal advice | Plan a delegation to the letting agent | ' +
    'Write up the peer support session | Chase the landlord for a reply to the letter',
);

export const ORGANISATION_NAMES: ReadonlyArray<readonly [string, string]> = [
  ['Shelter', 'Eviction or notice, Disrepair, Deposit, Licensing'],
  ['Citizens Advice', 'Benefits, Debt and money, Deposit, Other'],
  ['Mind', 'Mental health'],
  ['Refuge', 'Domestic abuse'],
  ['JCWI', 'Immigration'],
  ['StepChange', 'Debt and money'],
  ['London Renters Legal Clinic', 'Eviction or notice, Harassment'],
  ['Advice4Renters', 'Eviction or notice, Disrepair'],
];

export const OUTCOME_WORDS = list(
  'Repairs done after the delegation. | Deposit returned in full. | ' +
    'Notice withdrawn after the demonstration. | Rent increase cut to 5%.',
);
