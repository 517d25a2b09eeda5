"""The data models of the API, each imported on first use."""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .ack_response import AckResponse
    from .annotations import Annotations
    from .annotations_audience_type_0_item import AnnotationsAudienceType0Item
    from .audio_content import AudioContent
    from .audio_content_meta_type_0 import AudioContentMetaType0
    from .blob_resource_contents import BlobResourceContents
    from .blob_resource_contents_meta_type_0 import BlobResourceContentsMetaType0
    from .body_forget_endpoint_v1_long_term_memory_forget_post import (
        BodyForgetEndpointV1LongTermMemoryForgetPost,
    )
    from .body_forget_endpoint_v1_long_term_memory_forget_post_policy import (
        BodyForgetEndpointV1LongTermMemoryForgetPostPolicy,
    )
    from .client_memory_record import ClientMemoryRecord
    from .client_memory_record_discrete_memory_extracted import (
        ClientMemoryRecordDiscreteMemoryExtracted,
    )
    from .create_memory_record_request import CreateMemoryRecordRequest
    from .create_summary_view_request import CreateSummaryViewRequest
    from .create_summary_view_request_filters import CreateSummaryViewRequestFilters
    from .create_summary_view_request_source import CreateSummaryViewRequestSource
    from .created_at import CreatedAt
    from .edit_memory_record_request import EditMemoryRecordRequest
    from .embedded_resource import EmbeddedResource
    from .embedded_resource_meta_type_0 import EmbeddedResourceMetaType0
    from .entities import Entities
    from .event_date import EventDate
    from .extracted_memory_record import ExtractedMemoryRecord
    from .extracted_memory_record_discrete_memory_extracted import (
        ExtractedMemoryRecordDiscreteMemoryExtracted,
    )
    from .extracted_memory_record_extraction_strategy_config import (
        ExtractedMemoryRecordExtractionStrategyConfig,
    )
    from .get_working_memory_model_name_type_0 import GetWorkingMemoryModelNameType0
    from .health_check_response import HealthCheckResponse
    from .http_validation_error import HTTPValidationError
    from .icon import Icon
    from .image_content import ImageContent
    from .image_content_meta_type_0 import ImageContentMetaType0
    from .last_accessed import LastAccessed
    from .memory_message import MemoryMessage
    from .memory_message_discrete_memory_extracted import (
        MemoryMessageDiscreteMemoryExtracted,
    )
    from .memory_prompt_request import MemoryPromptRequest
    from .memory_prompt_response import MemoryPromptResponse
    from .memory_record import MemoryRecord
    from .memory_record_discrete_memory_extracted import (
        MemoryRecordDiscreteMemoryExtracted,
    )
    from .memory_record_extraction_strategy_config import (
        MemoryRecordExtractionStrategyConfig,
    )
    from .memory_record_result import MemoryRecordResult
    from .memory_record_result_discrete_memory_extracted import (
        MemoryRecordResultDiscreteMemoryExtracted,
    )
    from .memory_record_result_extraction_strategy_config import (
        MemoryRecordResultExtractionStrategyConfig,
    )
    from .memory_record_results_response import MemoryRecordResultsResponse
    from .memory_strategy_config import MemoryStrategyConfig
    from .memory_strategy_config_config import MemoryStrategyConfigConfig
    from .memory_strategy_config_strategy import MemoryStrategyConfigStrategy
    from .memory_type import MemoryType
    from .memory_type_enum import MemoryTypeEnum
    from .message import Message
    from .message_role import MessageRole
    from .namespace import Namespace
    from .put_working_memory_model_name_type_0 import PutWorkingMemoryModelNameType0
    from .resource_link import ResourceLink
    from .resource_link_meta_type_0 import ResourceLinkMetaType0
    from .run_summary_view_partition_request import RunSummaryViewPartitionRequest
    from .run_summary_view_partition_request_group import (
        RunSummaryViewPartitionRequestGroup,
    )
    from .run_summary_view_request import RunSummaryViewRequest
    from .search_mode_enum import SearchModeEnum
    from .search_request import SearchRequest
    from .search_score_type_enum import SearchScoreTypeEnum
    from .session_id import SessionId
    from .session_list_response import SessionListResponse
    from .summary_view import SummaryView
    from .summary_view_filters import SummaryViewFilters
    from .summary_view_partition_result import SummaryViewPartitionResult
    from .summary_view_partition_result_group import SummaryViewPartitionResultGroup
    from .summary_view_source import SummaryViewSource
    from .system_message import SystemMessage
    from .task import Task
    from .task_status_enum import TaskStatusEnum
    from .task_type_enum import TaskTypeEnum
    from .text_content import TextContent
    from .text_content_meta_type_0 import TextContentMetaType0
    from .text_resource_contents import TextResourceContents
    from .text_resource_contents_meta_type_0 import TextResourceContentsMetaType0
    from .topics import Topics
    from .update_working_memory import UpdateWorkingMemory
    from .update_working_memory_data_type_0 import UpdateWorkingMemoryDataType0
    from .update_working_memory_data_type_0_additional_property_type_5 import (
        UpdateWorkingMemoryDataType0AdditionalPropertyType5,
    )
    from .user_id import UserId
    from .validation_error import ValidationError
    from .validation_error_context import ValidationErrorContext
    from .working_memory_request import WorkingMemoryRequest
    from .working_memory_request_model_name_type_0 import (
        WorkingMemoryRequestModelNameType0,
    )
    from .working_memory_response import WorkingMemoryResponse
    from .working_memory_response_data_type_0 import WorkingMemoryResponseDataType0
    from .working_memory_response_data_type_0_additional_property_type_5 import (
        WorkingMemoryResponseDataType0AdditionalPropertyType5,
    )

_MODULES = {
    "AckResponse": "ack_response",
    "Annotations": "annotations",
    "AnnotationsAudienceType0Item": "annotations_audience_type_0_item",
    "AudioContent": "audio_content",
    "AudioContentMetaType0": "audio_content_meta_type_0",
    "BlobResourceContents": "blob_resource_contents",
    "BlobResourceContentsMetaType0": "blob_resource_contents_meta_type_0",
    "BodyForgetEndpointV1LongTermMemoryForgetPost": "body_forget_endpoint_v1_long_term_memory_forget_post",
    "BodyForgetEndpointV1LongTermMemoryForgetPostPolicy": "body_forget_endpoint_v1_long_term_memory_forget_post_policy",
    "ClientMemoryRecord": "client_memory_record",
    "ClientMemoryRecordDiscreteMemoryExtracted": "client_memory_record_discrete_memory_extracted",
    "CreateMemoryRecordRequest": "create_memory_record_request",
    "CreateSummaryViewRequest": "create_summary_view_request",
    "CreateSummaryViewRequestFilters": "create_summary_view_request_filters",
    "CreateSummaryViewRequestSource": "create_summary_view_request_source",
    "CreatedAt": "created_at",
    "EditMemoryRecordRequest": "edit_memory_record_request",
    "EmbeddedResource": "embedded_resource",
    "EmbeddedResourceMetaType0": "embedded_resource_meta_type_0",
    "Entities": "entities",
    "EventDate": "event_date",
    "ExtractedMemoryRecord": "extracted_memory_record",
    "ExtractedMemoryRecordDiscreteMemoryExtracted": "extracted_memory_record_discrete_memory_extracted",
    "ExtractedMemoryRecordExtractionStrategyConfig": "extracted_memory_record_extraction_strategy_config",
    "GetWorkingMemoryModelNameType0": "get_working_memory_model_name_type_0",
    "HealthCheckResponse": "health_check_response",
    "HTTPValidationError": "http_validation_error",
    "Icon": "icon",
    "ImageContent": "image_content",
    "ImageContentMetaType0": "image_content_meta_type_0",
    "LastAccessed": "last_accessed",
    "MemoryMessage": "memory_message",
    "MemoryMessageDiscreteMemoryExtracted": "memory_message_discrete_memory_extracted",
    "MemoryPromptRequest": "memory_prompt_request",
    "MemoryPromptResponse": "memory_prompt_response",
    "MemoryRecord": "memory_record",
    "MemoryRecordDiscreteMemoryExtracted": "memory_record_discrete_memory_extracted",
    "MemoryRecordExtractionStrategyConfig": "memory_record_extraction_strategy_config",
    "MemoryRecordResult": "memory_record_result",
    "MemoryRecordResultDiscreteMemoryExtracted": "memory_record_result_discrete_memory_extracted",
    "MemoryRecordResultExtractionStrategyConfig": "memory_record_result_extraction_strategy_config",
    "MemoryRecordResultsResponse": "memory_record_results_response",
    "MemoryStrategyConfig": "memory_strategy_config",
    "MemoryStrategyConfigConfig": "memory_strategy_config_config",
    "MemoryStrategyConfigStrategy": "memory_strategy_config_strategy",
    "MemoryType": "memory_type",
    "MemoryTypeEnum": "memory_type_enum",
    "Message": "message",
    "MessageRole": "message_role",
    "Namespace": "namespace",
    "PutWorkingMemoryModelNameType0": "put_working_memory_model_name_type_0",
    "ResourceLink": "resource_link",
    "ResourceLinkMetaType0": "resource_link_meta_type_0",
    "RunSummaryViewPartitionRequest": "run_summary_view_partition_request",
    "RunSummaryViewPartitionRequestGroup": "run_summary_view_partition_request_group",
    "RunSummaryViewRequest": "run_summary_view_request",
    "SearchModeEnum": "search_mode_enum",
    "SearchRequest": "search_request",
    "SearchScoreTypeEnum": "search_score_type_enum",
    "SessionId": "session_id",
    "SessionListResponse": "session_list_response",
    "SummaryView": "summary_view",
    "SummaryViewFilters": "summary_view_filters",
    "SummaryViewPartitionResult": "summary_view_partition_result",
    "SummaryViewPartitionResultGroup": "summary_view_partition_result_group",
    "SummaryViewSource": "summary_view_source",
    "SystemMessage": "system_message",
    "Task": "task",
    "TaskStatusEnum": "task_status_enum",
    "TaskTypeEnum": "task_type_enum",
    "TextContent": "text_content",
    "TextContentMetaType0": "text_content_meta_type_0",
    "TextResourceContents": "text_resource_contents",
    "TextResourceContentsMetaType0": "text_resource_contents_meta_type_0",
    "Topics": "topics",
    "UpdateWorkingMemory": "update_working_memory",
    "UpdateWorkingMemoryDataType0": "update_working_memory_data_type_0",
    "UpdateWorkingMemoryDataType0AdditionalPropertyType5": "update_working_memory_data_type_0_additional_property_type_5",
    "UserId": "user_id",
    "ValidationError": "validation_error",
    "ValidationErrorContext": "validation_error_context",
    "WorkingMemoryRequest": "working_memory_request",
    "WorkingMemoryRequestModelNameType0": "working_memory_request_model_name_type_0",
    "WorkingMemoryResponse": "working_memory_response",
    "WorkingMemoryResponseDataType0": "working_memory_response_data_type_0",
    "WorkingMemoryResponseDataType0AdditionalPropertyType5": "working_memory_response_data_type_0_additional_property_type_5",
}

__all__ = (
    "AckResponse",
    "Annotations",
    "AnnotationsAudienceType0Item",
    "AudioContent",
    "AudioContentMetaType0",
    "BlobResourceContents",
    "BlobResourceContentsMetaType0",
    "BodyForgetEndpointV1LongTermMemoryForgetPost",
    "BodyForgetEndpointV1LongTermMemoryForgetPostPolicy",
    "ClientMemoryRecord",
    "ClientMemoryRecordDiscreteMemoryExtracted",
    "CreatedAt",
    "CreateMemoryRecordRequest",
    "CreateSummaryViewRequest",
    "CreateSummaryViewRequestFilters",
    "CreateSummaryViewRequestSource",
    "EditMemoryRecordRequest",
    "EmbeddedResource",
    "EmbeddedResourceMetaType0",
    "Entities",
    "EventDate",
    "ExtractedMemoryRecord",
    "ExtractedMemoryRecordDiscreteMemoryExtracted",
    "ExtractedMemoryRecordExtractionStrategyConfig",
    "GetWorkingMemoryModelNameType0",
    "HealthCheckResponse",
    "HTTPValidationError",
    "Icon",
    "ImageContent",
    "ImageContentMetaType0",
    "LastAccessed",
    "MemoryMessage",
    "MemoryMessageDiscreteMemoryExtracted",
    "MemoryPromptRequest",
    "MemoryPromptResponse",
    "MemoryRecord",
    "MemoryRecordDiscreteMemoryExtracted",
    "MemoryRecordExtractionStrategyConfig",
    "MemoryRecordResult",
    "MemoryRecordResultDiscreteMemoryExtracted",
    "MemoryRecordResultExtractionStrategyConfig",
    "MemoryRecordResultsResponse",
    "MemoryStrategyConfig",
    "MemoryStrategyConfigConfig",
    "MemoryStrategyConfigStrategy",
    "MemoryType",
    "MemoryTypeEnum",
    "Message",
    "MessageRole",
    "Namespace",
    "PutWorkingMemoryModelNameType0",
    "ResourceLink",
    "ResourceLinkMetaType0",
    "RunSummaryViewPartitionRequest",
    "RunSummaryViewPartitionRequestGroup",
    "RunSummaryViewRequest",
    "SearchModeEnum",
    "SearchRequest",
    "SearchScoreTypeEnum",
    "SessionId",
    "SessionListResponse",
    "SummaryView",
    "SummaryViewFilters",
    "SummaryViewPartitionResult",
    "SummaryViewPartitionResultGroup",
    "SummaryViewSource",
    "SystemMessage",
    "Task",
    "TaskStatusEnum",
    "TaskTypeEnum",
    "TextContent",
    "TextContentMetaType0",
    "TextResourceContents",
    "TextResourceContentsMetaType0",
    "Topics",
    "UpdateWorkingMemory",
    "UpdateWorkingMemoryDataType0",
    "UpdateWorkingMemoryDataType0AdditionalPropertyType5",
    "UserId",
    "ValidationError",
    "ValidationErrorContext",
    "WorkingMemoryRequest",
    "WorkingMemoryRequestModelNameType0",
    "WorkingMemoryResponse",
    "WorkingMemoryResponseDataType0",
    "WorkingMemoryResponseDataType0AdditionalPropertyType5",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
