from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from simplymeet_runtime.drift import (
    SchemaMismatch,
    fill_absent,
    not_an_object,
    note_undeclared,
    wrong_type,
)

T = TypeVar("T", bound="SocialLinkDTO")


@_attrs_define
class SocialLinkDTO:
    """SocialLinkDTO

    Attributes:
        id (int): The unique identifier of the social link.
        facebook_url (None | str): The URL of the Facebook profile.
        twitter_url (None | str): The URL of the Twitter profile.
        instagram_url (None | str): The URL of the Instagram profile.
        linkedin_url (None | str): The URL of the LinkedIn profile.
        whatsapp_url (None | str): The URL of the WhatsApp profile.
    """

    id: int
    facebook_url: None | str
    twitter_url: None | str
    instagram_url: None | str
    linkedin_url: None | str
    whatsapp_url: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KNOWN_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "facebookUrl",
            "twitterUrl",
            "instagramUrl",
            "linkedinUrl",
            "whatsappUrl",
        }
    )
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "id": "id",
        "facebook_url": "facebookUrl",
        "twitter_url": "twitterUrl",
        "instagram_url": "instagramUrl",
        "linkedin_url": "linkedinUrl",
        "whatsapp_url": "whatsappUrl",
    }
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "id",
        "facebookUrl",
        "twitterUrl",
        "instagramUrl",
        "linkedinUrl",
        "whatsappUrl",
    )
    _NULLABLE: ClassVar[frozenset[str]] = frozenset(
        {
            "facebookUrl",
            "twitterUrl",
            "instagramUrl",
            "linkedinUrl",
            "whatsappUrl",
        }
    )
    _UNDECLARED_EXTRAS: ClassVar[bool] = True
    _absent: frozenset[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        facebook_url: None | str
        facebook_url = self.facebook_url

        twitter_url: None | str
        twitter_url = self.twitter_url

        instagram_url: None | str
        instagram_url = self.instagram_url

        linkedin_url: None | str
        linkedin_url = self.linkedin_url

        whatsapp_url: None | str
        whatsapp_url = self.whatsapp_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "facebookUrl": facebook_url,
                "twitterUrl": twitter_url,
                "instagramUrl": instagram_url,
                "linkedinUrl": linkedin_url,
                "whatsappUrl": whatsapp_url,
            }
        )
        for key in self._absent:
            if field_dict.get(key) is None:
                field_dict.pop(key, None)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            raise not_an_object(src_dict)
        d = src_dict
        _f = ""
        _i = -1
        try:
            id = d["id"]
            if type(id) is not int:
                _f = "id"
                raise wrong_type("integer", id)
            facebook_url = d["facebookUrl"]
            if facebook_url is not None and type(facebook_url) is not str:
                _f = "facebookUrl"
                raise wrong_type("string or null", facebook_url)
            twitter_url = d["twitterUrl"]
            if twitter_url is not None and type(twitter_url) is not str:
                _f = "twitterUrl"
                raise wrong_type("string or null", twitter_url)
            instagram_url = d["instagramUrl"]
            if instagram_url is not None and type(instagram_url) is not str:
                _f = "instagramUrl"
                raise wrong_type("string or null", instagram_url)
            linkedin_url = d["linkedinUrl"]
            if linkedin_url is not None and type(linkedin_url) is not str:
                _f = "linkedinUrl"
                raise wrong_type("string or null", linkedin_url)
            whatsapp_url = d["whatsappUrl"]
            if whatsapp_url is not None and type(whatsapp_url) is not str:
                _f = "whatsappUrl"
                raise wrong_type("string or null", whatsapp_url)
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except KeyError as exc:
            # A required property is missing: read as None if the spec allows null (remembered), else an error.
            return fill_absent(cls, d, cls._REQUIRED, cls._NULLABLE, exc)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc
        social_link_dto = cls(
            id=id,
            facebook_url=facebook_url,
            twitter_url=twitter_url,
            instagram_url=instagram_url,
            linkedin_url=linkedin_url,
            whatsapp_url=whatsapp_url,
        )

        _extra = d.keys() - cls._KNOWN_FIELDS
        if _extra:
            social_link_dto.additional_properties = {key: value for key, value in d.items() if key in _extra}
            note_undeclared("SocialLinkDTO", _extra)
        return social_link_dto

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
