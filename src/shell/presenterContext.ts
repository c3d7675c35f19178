import { createContext } from 'react';

/** True inside the presenter view: blackout shows as a badge there, not over the lecturer's screen. */
export const InPresenterView = createContext(false);
