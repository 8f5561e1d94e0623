//! Typed positions in the org's tables: a `RoleIx` can only index roles, so a unit's position
//! can never be taken for a role's.

use crate::vocab::NameKind;
use std::marker::PhantomData;

/// A position in one kind of table.
pub trait Ix: Copy {
    fn from_index(i: usize) -> Self;
    fn index(self) -> usize;
}

macro_rules! indices {
    ($($(#[$doc:meta])* $name:ident;)+) => {$(
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(u32);

        impl Ix for $name {
            fn from_index(i: usize) -> Self {
                // A table of four billion entries would have exhausted memory long before.
                $name(u32::try_from(i).unwrap_or(u32::MAX))
            }

            fn index(self) -> usize {
                self.0 as usize
            }
        }
    )+};
}

indices! {
    /// A unit's position in [`Org::units`](super::Org).
    UnitIx;
    /// A role's position in [`Org::roles`](super::Org).
    RoleIx;
    /// A person's position in [`Org::people`](super::Org).
    PersonIx;
    /// A body's position in [`Org::bodies`](super::Org).
    BodyIx;
    /// A delegation's position in [`Org::delegations`](super::Org).
    DelegationIx;
}

/// A position in a table of entries that policies name (units, roles, bodies, people).
pub trait Named: Ix {
    const KIND: NameKind;
}

impl Named for UnitIx {
    const KIND: NameKind = NameKind::Unit;
}

impl Named for RoleIx {
    const KIND: NameKind = NameKind::Role;
}

impl Named for BodyIx {
    const KIND: NameKind = NameKind::Body;
}

impl Named for PersonIx {
    const KIND: NameKind = NameKind::Person;
}

/// Entries in id order, indexed by their own kind of position.
#[derive(Debug, Clone)]
pub struct Table<I, T> {
    items: Vec<T>,
    ix: PhantomData<fn() -> I>,
}

impl<I, T> Default for Table<I, T> {
    fn default() -> Self {
        Table {
            items: Vec::new(),
            ix: PhantomData,
        }
    }
}

impl<I: Ix, T> Table<I, T> {
    pub fn new(items: Vec<T>) -> Self {
        Table {
            items,
            ix: PhantomData,
        }
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn get(&self, i: I) -> Option<&T> {
        self.items.get(i.index())
    }

    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.items.iter()
    }

    /// Every position, in order.
    pub fn ids(&self) -> impl Iterator<Item = I> + use<I, T> {
        (0..self.items.len()).map(I::from_index)
    }

    /// Every entry with its position.
    pub fn enumerate(&self) -> impl Iterator<Item = (I, &T)> {
        self.items
            .iter()
            .enumerate()
            .map(|(i, t)| (I::from_index(i), t))
    }
}

impl<'a, I: Ix, T> IntoIterator for &'a Table<I, T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.items.iter()
    }
}

impl<I: Ix, T> std::ops::Index<I> for Table<I, T> {
    type Output = T;

    fn index(&self, i: I) -> &T {
        &self.items[i.index()]
    }
}
