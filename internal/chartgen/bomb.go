package chartgen

import "strconv"

// MiB and GiB are binary size units, for the bombs' sizes.
const (
	MiB = 1 << 20
	GiB = 1 << 30
)

// BombZeroFile returns a chart "bomb" 1.0.0 holding one file of size zero
// bytes (1 GiB in the tests): about size/1032 bytes compressed.
func BombZeroFile(size int64) *Builder {
	return Chart("bomb", "1.0.0").Zeros("bomb/files/zeros.bin", size)
}

// BombFiles returns a chart "bomb" 1.0.0 holding count files of size zero
// bytes each (200 files of 5 MiB in the tests): each file is within the
// per-file limit, together they are far over the total budget.
func BombFiles(count int, size int64) *Builder {
	b := Chart("bomb", "1.0.0")
	for i := range count {
		b.Zeros("bomb/files/zeros-"+strconv.Itoa(i)+".bin", size)
	}
	return b
}

// BombNested returns a chart "bomb" 1.0.0 holding charts nested archives
// bomb/charts/sub-N-1.0.0.tgz, each a valid chart of inflated bytes of zeros
// in files of at most fileSize bytes (ten charts of 95 MiB in files of 5 MiB
// in the tests). Each nested archive is small; helm v3 inflates them all.
func BombNested(charts int, inflated, fileSize int64) *Builder {
	b := Chart("bomb", "1.0.0")
	for i := range charts {
		name := "sub-" + strconv.Itoa(i)
		sub := Chart(name, "1.0.0")
		for j, left := 0, inflated; left > 0; j++ {
			n := min(left, fileSize)
			sub.Zeros(name+"/files/zeros-"+strconv.Itoa(j)+".bin", n)
			left -= n
		}
		b.Nested("bomb/charts/"+name+"-1.0.0.tgz", sub)
	}
	return b
}

// AliasBomb returns a YAML document with levels levels of anchors, each
// referring fanout times to the one before ("billion laughs"): levels*fanout
// aliases that would expand to fanout^levels scalars.
func AliasBomb(levels, fanout int) string {
	s := "a0: &a0 [\"lol\"]\n"
	for i := 1; i <= levels; i++ {
		s += "a" + strconv.Itoa(i) + ": &a" + strconv.Itoa(i) + " ["
		for j := range fanout {
			if j > 0 {
				s += ", "
			}
			s += "*a" + strconv.Itoa(i-1)
		}
		s += "]\n"
	}
	return s
}
