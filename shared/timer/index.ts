export * from './timer';
export * from './floor';
export * from './balance';
export * from './runOfShow';
export * from './presenter';
export * from './stageBoard';
