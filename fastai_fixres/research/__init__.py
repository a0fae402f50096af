"Research and fixtures, apart from the library: the ELPV and scale image sets, offline ImageNet weights, and the study"
