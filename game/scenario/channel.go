package scenario

// Channel kinds.
const (
	ChannelLink     = "link"
	ChannelDatabase = "database"
)

// FormatAuto marks a gateway channel that converts items into the recipient's format.
const FormatAuto = "auto"

// Channel is a link between two teams, or a shared database for several.
type Channel struct {
	ID       string   `yaml:"id,omitempty" jsonschema:"pattern=^[a-z0-9][a-z0-9~-]*$" jsonschema_description:"Identifier. Default: the member ids joined by '~', e.g. nordvik-sss~aurelia-fib."`
	Name     string   `yaml:"name,omitempty" jsonschema_description:"Name shown on the network map."`
	Short    string   `yaml:"short,omitempty" jsonschema:"maxLength=16,pattern=^[^\\t\\n\\r]*[^\\s][^\\t\\n\\r]*$" jsonschema_description:"Short name (at most 16 characters, one line) for the network map and action labels. Default: the name, else the id."`
	Kind     string   `yaml:"kind,omitempty" jsonschema:"enum=link,enum=database" jsonschema_description:"link (two teams) or database (a coalition platform for several). Default link."`
	Between  []string `yaml:"between" jsonschema:"minItems=2" jsonschema_description:"Member team ids: exactly two for a link, two or more for a database."`
	Latency  *int     `yaml:"latency,omitempty" jsonschema:"minimum=0,maximum=10" jsonschema_description:"Rounds an item spends in transit. 0 arrives the same round. Default 1."`
	Capacity int      `yaml:"capacity,omitempty" jsonschema:"minimum=0,maximum=100" jsonschema_description:"Items and messages it carries per round, 1-100; more are dropped. Default 2 (0 means the default)."`
	Secure   bool     `yaml:"secure,omitempty" jsonschema_description:"Whether the link is accredited. Insecure links may leak."`
	MaxClass string   `yaml:"max_class,omitempty" jsonschema:"enum=UNCLASSIFIED,enum=RESTRICTED,enum=CONFIDENTIAL,enum=SECRET,enum=TOP SECRET" jsonschema_description:"Highest classification it may carry. Default SECRET if secure, else RESTRICTED."`
	Format   string   `yaml:"format,omitempty" jsonschema_description:"Empty: items pass unchanged. auto: a gateway that converts to the recipient's format. A format name: converts everything into that format."`
	Leak     *float64 `yaml:"leak,omitempty" jsonschema:"minimum=0,maximum=1" jsonschema_description:"Chance per item that an insecure link leaks. Default rules.leak_chance."`
	Outages  []Window `yaml:"outages,omitempty" jsonschema_description:"Rounds when the channel is down."`
}

// Delay returns the channel's latency in rounds (default 1).
func (c *Channel) Delay() int {
	if c.Latency == nil {
		return 1
	}
	return *c.Latency
}

// Has reports whether the team is a member of the channel.
func (c *Channel) Has(team string) bool {
	for _, t := range c.Between {
		if t == team {
			return true
		}
	}
	return false
}

// Window is a span of rounds [From, From+Rounds).
type Window struct {
	From   int `yaml:"from" jsonschema:"minimum=1" jsonschema_description:"First round of the outage."`
	Rounds int `yaml:"rounds" jsonschema:"minimum=1" jsonschema_description:"How many rounds it lasts."`
}

// Contains reports whether the round is inside the window.
func (w Window) Contains(round int) bool {
	return round >= w.From && round < w.From+w.Rounds
}
