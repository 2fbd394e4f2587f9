mod adversarial;
mod anchor;
mod governance;
mod leave;
mod propose;
mod random;
