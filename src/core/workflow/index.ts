// The casework workflow rules in one import: stages, decisions, capacity, attention, priority, landlords, checks.
export * from './attention';
export * from './capacity';
export * from './checkData';
export * from './days';
export * from './decisions';
export * from './digest';
export * from './landlords';
export * from './model';
export * from './outcomes';
export * from './priority';
export * from './signposting';
export * from './stages';
