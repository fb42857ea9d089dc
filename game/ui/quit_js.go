package ui

// canQuit says whether the menu offers Quit: a browser tab is closed by the
// browser, and a stopped game would leave a frozen page, so it offers none.
const canQuit = false
