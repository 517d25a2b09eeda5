"""Contains all the data models used in inputs/outputs"""

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
from .memory_record_discrete_memory_extracted import MemoryRecordDiscreteMemoryExtracted
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
from .working_memory_request_model_name_type_0 import WorkingMemoryRequestModelNameType0
from .working_memory_response import WorkingMemoryResponse
from .working_memory_response_data_type_0 import WorkingMemoryResponseDataType0
from .working_memory_response_data_type_0_additional_property_type_5 import (
    WorkingMemoryResponseDataType0AdditionalPropertyType5,
)

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
