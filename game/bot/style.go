package bot

// style is what sets the personalities apart. Each number is a priority
// weight (0 = never) or a rule switch; see docs/rules.md "Bots".
type style struct {
	name string
	// answer requests: minimum age in rounds before answering (tempo),
	// counted from the request (the hoarder: from its arrival).
	answerDelay int
	// share proactively to teams whose mandate covers an item.
	shareMandate bool
	// maxShares per round (0 = no limit).
	maxShares int
	// shareAnyone: share to every team regardless of mandate (over-sharing).
	shareAnyone bool
	// careful: avoid every caveat breach (ORCON, personal data, insecure,
	// TLP) by sanitising, asking release or choosing a secure channel.
	careful bool
	// sanitiseFirst: sanitise any item with caveats before sharing it.
	sanitiseFirst bool
	// verify unconfirmed items before relying on them.
	verify bool
	// shareAfter: only share items received at least this many rounds ago.
	shareAfter int
	// liaison: post a liaison officer to the lowest-trust partner.
	liaison bool
}

var styles = map[string]style{
	"cooperative": {name: "cooperative", answerDelay: 0, shareMandate: true, careful: true, verify: true, liaison: true},
	"legalistic":  {name: "legalistic", answerDelay: 1, shareMandate: true, maxShares: 1, careful: true, sanitiseFirst: true, verify: true, shareAfter: 1},
	"hoarder":     {name: "hoarder", answerDelay: 2, shareMandate: false, maxShares: 1, careful: true, verify: true, shareAfter: 3},
	"reckless":    {name: "reckless", answerDelay: 0, shareMandate: true, shareAnyone: true, careful: false, verify: false},
}
