/** The checkout's radio value for "Choose on the payment page": the session starts without a method. */
export const CHOOSE_ON_PAGE = "CHOOSE_ON_PAGE";
