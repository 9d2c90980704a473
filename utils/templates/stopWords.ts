/*
 * Words that occur in nearly every reply and say nothing about which template is meant. They are
 * left out of the index and of queries: they would only make every search score thousands of
 * templates.
 */
export const STOP_WORDS = new Set(
  [
    // Russian
    'и а но или что чтобы это как так же ли бы не ни на в во с со к ко по о об от до за из у для при без над под про',
    'я мы вы ты он она они оно вам вас нам нас им их его ее её мне меня вами нами ваш ваша ваше ваши наш наша наше наши',
    'свой своя свое своё свои тот та то те этот эта эти все всё весь уже еще ещё там тут здесь есть был была было были',
    'будет будут если когда где очень только тоже',
    // English
    'a an the and or but if of to in on at by for with from as is are was were be been it its this that these those',
    'i we you he she they me us him her them my our your his their not no so do does did have has had will would can',
  ]
    .join(' ')
    .split(' '),
);
