//! The cleaning passes, one file each. See [`crate::pipeline::ALL_PASSES`] for their order.

pub mod boilerplate;
pub mod byline;
pub mod captions;
pub mod chrome;
pub mod comments;
pub mod copyright_tail;
pub mod doubled_links;
pub mod head_label;
pub mod inline_ads;
pub mod lede;
pub mod main_block;
pub mod no_article;
pub mod normalize;
pub mod related;
pub mod repeated_labels;
pub mod repeats;
pub mod tail;
pub mod teasers;
pub mod title;
pub mod wire;
