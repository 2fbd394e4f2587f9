//! Part types, parts and lots come into being.

use alloc::vec::Vec;
use frame_support::ensure;
use sp_core::H256;
use sp_runtime::DispatchResult;

use crate::*;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_create_part_type(
		who: &T::AccountId,
		code: Vec<u8>,
		spec_hash: H256,
		spec_uri: Vec<u8>,
		required_standards: Vec<StandardId>,
	) -> DispatchResult {
		let member = Self::member_with(who, Role::Manufacturer)?;
		ensure!(!code.is_empty(), Error::<T>::Empty);
		let code: CodeOf<T> = code.try_into().map_err(|_| Error::<T>::CodeTooLong)?;
		let spec_uri: UriOf<T> = spec_uri.try_into().map_err(|_| Error::<T>::UriTooLong)?;
		let standards: StandardsOf<T> =
			required_standards.try_into().map_err(|_| Error::<T>::InvalidStandards)?;
		let mut sorted = standards.clone().into_inner();
		sorted.sort_unstable();
		sorted.dedup();
		ensure!(sorted.len() == standards.len(), Error::<T>::InvalidStandards);
		ensure!(!PartTypeByCode::<T>::contains_key(&code), Error::<T>::CodeTaken);

		let id = NextPartTypeId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		PartTypes::<T>::insert(
			id,
			PartTypeRecord {
				manufacturer: member.participant,
				code: code.clone(),
				spec_hash,
				spec_uri,
				required_standards: standards,
			},
		);
		PartTypeByCode::<T>::insert(&code, id);
		NextPartTypeId::<T>::put(next);
		Self::deposit_event(Event::PartTypeCreated {
			part_type: id,
			manufacturer: member.participant,
			code,
		});
		Ok(())
	}

	/// Registers a part; returns how many standards its type requires (for the weight).
	pub(crate) fn do_register_part(
		who: &T::AccountId,
		part_type: PartTypeId,
		serial: Vec<u8>,
		certification: Option<CertificationId>,
		tag: Option<TagKey>,
		reported_at: Option<u64>,
	) -> Result<u32, sp_runtime::DispatchError> {
		let member = Self::member_with(who, Role::Manufacturer)?;
		let spec = PartTypes::<T>::get(part_type).ok_or(Error::<T>::UnknownPartType)?;
		ensure!(spec.manufacturer == member.participant, Error::<T>::NotTypeManufacturer);
		ensure!(!serial.is_empty(), Error::<T>::Empty);
		let serial: SerialOf<T> = serial.try_into().map_err(|_| Error::<T>::SerialTooLong)?;
		ensure!(!PartBySerial::<T>::contains_key(part_type, &serial), Error::<T>::SerialTaken);
		if let Some(key) = &tag {
			ensure!(!PartByTag::<T>::contains_key(key), Error::<T>::TagTaken);
			ensure!(!PendingTagKeys::<T>::contains_key(key), Error::<T>::TagTaken);
		}
		// "Rogue registrations" (white paper 5.1): only a maker certified for every
		// standard the type requires, drawing on one of those certifications' capacity.
		for standard in spec.required_standards.iter() {
			ensure!(
				T::Certifications::is_certified(member.participant, *standard),
				Error::<T>::NotCertified
			);
		}
		match certification {
			Some(certification) => {
				let (holder, standard) = T::Certifications::holder_of(certification)
					.ok_or(Error::<T>::WrongCertification)?;
				ensure!(
					holder == member.participant && spec.required_standards.contains(&standard),
					Error::<T>::WrongCertification
				);
			},
			None => ensure!(spec.required_standards.is_empty(), Error::<T>::CertificationRequired),
		}

		let id = NextPartId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		if let Some(certification) = certification {
			T::Production::register_production(member.participant, certification, 1)?;
		}
		let now = frame_system::Pallet::<T>::block_number();
		PartRecords::<T>::insert(
			id,
			PartRecord {
				part_type,
				serial: serial.clone(),
				maker: member.participant,
				certification,
				owner: member.participant,
				custodian: member.participant,
				status: PartStatus::Active,
				parent: None,
				children: 0,
				height: 0,
				tag,
				quarantine: None,
				activated_at: None,
				registered_at: now,
				life: 1,
			},
		);
		PartBySerial::<T>::insert(part_type, serial, id);
		if let Some(key) = tag {
			PartByTag::<T>::insert(key, id);
		}
		PartsOf::<T>::insert(member.participant, id, ());
		NextPartId::<T>::put(next);
		Self::append(
			Item::Part(id),
			RecordKind::Registered { certification },
			who,
			member.participant,
			spec.spec_hash,
			reported_at,
		)?;
		Self::deposit_event(Event::PartRegistered {
			part: id,
			part_type,
			maker: member.participant,
			certification,
		});
		Ok(spec.required_standards.len() as u32)
	}

	pub(crate) fn do_register_lot(
		who: &T::AccountId,
		material: Vec<u8>,
		quantity: u64,
		unit: Unit,
		certification: Option<CertificationId>,
		reported_at: Option<u64>,
	) -> DispatchResult {
		let member = Self::member_with(who, Role::Producer)?;
		ensure!(!material.is_empty(), Error::<T>::Empty);
		let material: CodeOf<T> = material.try_into().map_err(|_| Error::<T>::CodeTooLong)?;
		ensure!(quantity > 0, Error::<T>::ZeroQuantity);
		let id = NextLotId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		if let Some(certification) = certification {
			T::Production::register_production(member.participant, certification, quantity)?;
		}
		Lots::<T>::insert(
			id,
			LotRecord {
				material,
				unit,
				producer: member.participant,
				certification,
				owner: member.participant,
				custodian: member.participant,
				quantity,
				remaining: quantity,
				quarantine: None,
				registered_at: frame_system::Pallet::<T>::block_number(),
			},
		);
		NextLotId::<T>::put(next);
		Self::append(
			Item::Lot(id),
			RecordKind::Registered { certification },
			who,
			member.participant,
			H256::zero(),
			reported_at,
		)?;
		Self::deposit_event(Event::LotRegistered {
			lot: id,
			producer: member.participant,
			quantity,
			unit,
		});
		Ok(())
	}
}
