mod propose;
