// The data shapes of the default documents, named as the casework spreadsheet's headers.
import type { FieldSpec, TemplateShape } from '../shape';

/** A member, as the Members sheet holds them. */
export const MEMBER_SHAPE: TemplateShape = {
  fields: [
    { name: 'Member ID', type: 'text' },
    { name: 'Name', aliases: ['Full name', 'Member name'], type: 'text' },
    { name: 'Email', aliases: ['Email address'], type: 'email' },
    { name: 'Phone', aliases: ['Phone number', 'Mobile', 'Telephone'], type: 'phone' },
    { name: 'Postcode', type: 'text' },
    { name: 'Address', aliases: ['Home address'], type: 'longText' },
    { name: 'Membership standing', aliases: ['Standing'], type: 'text' },
  ],
};

/** A branch of the union. */
export const BRANCH_SHAPE: TemplateShape = {
  fields: [
    { name: 'Name', aliases: ['Branch name'], type: 'text' },
    { name: 'Team email', aliases: ['Email', 'Contact email'], type: 'email' },
  ],
};

/** A casework meeting. */
export const MEETING_SHAPE: TemplateShape = {
  fields: [
    { name: 'Meeting ID', type: 'text' },
    { name: 'Branch', type: 'text' },
    { name: 'Date', aliases: ['Meeting date', 'When'], type: 'date' },
    { name: 'Place', aliases: ['Where', 'Venue', 'Location'], type: 'text' },
    { name: 'Kind', aliases: ['Type', 'Meeting type'], type: 'text' },
  ],
};

/** The Issues sheet's columns. */
export const ISSUE_FIELDS: readonly FieldSpec[] = [
  { name: 'Issue ID', type: 'text' },
  { name: 'Member ID', type: 'text' },
  { name: 'Branch', type: 'text' },
  { name: 'Category', aliases: ['Kind of issue'], type: 'text' },
  { name: 'Summary', aliases: ['Title', 'Issue summary'], type: 'text' },
  { name: 'Description', aliases: ['What happened', 'Details', 'Member explained'], type: 'longText' },
  { name: 'Legal situation', aliases: ['Legal position', 'Rights', 'Law'], type: 'longText' },
  { name: 'Demand', aliases: ['Demands', 'What we want', 'Ask'], type: 'longText' },
  { name: 'Landlord', aliases: ['Landlord name'], type: 'text' },
  { name: 'Letting agent', aliases: ['Agent', 'Letting agency'], type: 'text' },
  { name: 'Property address', aliases: ['Property', 'Rented home'], type: 'longText' },
  { name: 'Stage', type: 'text' },
  { name: 'Route', type: 'text' },
  { name: 'Urgent', type: 'boolean' },
  { name: 'Urgent reason', aliases: ['Why urgent'], type: 'text' },
  { name: 'Notice served', aliases: ['Notice date'], type: 'date' },
  { name: 'Court hearing', aliases: ['Hearing', 'Hearing date'], type: 'date' },
  { name: 'Bailiff date', aliases: ['Eviction date'], type: 'date' },
  { name: 'Action date', type: 'date' },
  { name: 'Opened', aliases: ['Opened on', 'Date opened'], type: 'date' },
  { name: 'Signposted to', aliases: ['Specialist', 'Referred to'], type: 'text' },
  { name: 'Follow-up date', aliases: ['Follow up', 'Reply by'], type: 'date' },
  { name: 'Outcome', type: 'text' },
  { name: 'Money recovered', aliases: ['Compensation', 'Money won'], type: 'money' },
  { name: 'What was won', aliases: ['Win'], type: 'longText' },
  { name: 'What we learned', aliases: ['Lessons'], type: 'longText' },
  { name: 'Closed on', aliases: ['Closed', 'Date closed'], type: 'date' },
];

/** The Next steps sheet's columns. */
export const NEXT_STEP_FIELDS: readonly FieldSpec[] = [
  { name: 'Next step ID', type: 'text' },
  { name: 'Issue ID', type: 'text' },
  { name: 'What', aliases: ['Action', 'Step'], type: 'text' },
  { name: 'Who', aliases: ['Owner', 'Person'], type: 'text' },
  { name: 'By when', aliases: ['Due', 'Deadline', 'When'], type: 'date' },
  { name: 'Where', aliases: ['Place'], type: 'text' },
  { name: 'Status', type: 'text' },
  { name: 'Meeting ID', type: 'text' },
];

/** A next step inside its issue. */
export const NEXT_STEP_SHAPE: TemplateShape = { fields: NEXT_STEP_FIELDS };

/** An issue with its member. */
export const ISSUE_SHAPE: TemplateShape = { fields: ISSUE_FIELDS, relations: { Member: MEMBER_SHAPE } };

/** An issue in a write-up: with its member and the next steps agreed for it. */
export const WRITE_UP_ISSUE_SHAPE: TemplateShape = { ...ISSUE_SHAPE, lists: { NextSteps: NEXT_STEP_SHAPE } };
