package scenario

// Classification levels, lowest first.
var Classifications = []string{"UNCLASSIFIED", "RESTRICTED", "CONFIDENTIAL", "SECRET", "TOP SECRET"}

// ClassRank returns the rank of a classification (0 = UNCLASSIFIED), or -1 if unknown.
func ClassRank(c string) int {
	for i, x := range Classifications {
		if x == c {
			return i
		}
	}
	return -1
}

// Traffic Light Protocol markings, loosest first.
var TLPs = []string{"CLEAR", "GREEN", "AMBER", "AMBER+STRICT", "RED"}

// TLPRank returns the rank of a TLP marking (0 = CLEAR), or -1 if unknown.
func TLPRank(t string) int {
	for i, x := range TLPs {
		if x == t {
			return i
		}
	}
	return -1
}
