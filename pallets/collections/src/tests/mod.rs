mod adversarial;
mod anchor;
mod ending;
mod governance;
mod leave;
mod propose;
mod random;
