"""Published patients (phenopacket-store) as knowledge: the compact file shipped in the
repository (``records``), its section of the artifact (``section``) and the evidence a new
patient's likeness to them gives for each disease (``evidence``)."""
